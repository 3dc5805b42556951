package it;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Frappe v15's {@code /api/v2}: documents (list pages with has_next_page, create, get, PATCH, delete,
 * submit and cancel as document methods), DocType meta and count, methods, the same access and
 * redaction as {@code /api/resource}, and errors as {@code {"errors": [...]}} while {@code /api}'s stay as they were.
 */
class FrappeV2IT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String PREFIX = "V2-" + TAG + "-";
    private static final String WAREHOUSE = "V2 Depot " + TAG + " - W" + TAG;
    private static final String PRICES = "V2 Prices " + TAG;
    private static final String CLINIC = "V2 Clinic " + TAG;
    private static final String VENDOR = "V2 Vendor " + TAG;
    private static final String VENDOR_ITEM = PREFIX + "GLOVES";
    private static final String OTHER_ITEM = PREFIX + "GOWNS";
    private static Api.TestUser partner;
    private static Api.TestUser vendor;

    @BeforeAll
    static void aMarket() {
        Api.insert("Company", Map.of("company_name", "V2 Co " + TAG, "abbr", "W" + TAG));
        Api.insert("Warehouse", Map.of("warehouse_name", "V2 Depot " + TAG, "company", "V2 Co " + TAG));
        Api.insert("Price List", Map.of("price_list_name", PRICES));
        vendor = Api.approvedVendor(VENDOR);
        Api.insert("Item", Map.of("item_code", VENDOR_ITEM, "item_name", "V2 Gloves", "default_supplier", VENDOR));
        Api.insert("Item", Map.of("item_code", OTHER_ITEM, "item_name", "V2 Gowns"));
        for (String item : List.of(VENDOR_ITEM, OTHER_ITEM)) {
            Api.insert("Item Price", Map.of("item_code", item, "price_list", PRICES, "price_list_rate", 10));
            Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", item, "warehouse", WAREHOUSE, "qty", 100))
                    .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        }
        partner = Api.newUser("Customer");
        Api.insert("Customer", Map.of("customer_name", CLINIC, "portal_user", partner.email(), "default_price_list", PRICES));
        Api.insert("Address", Map.of("address_title", CLINIC, "address_type", "Shipping", "address_line1", "2 V2 St",
                "city", "Reno", "state", "NV", "pincode", "89501", "customer", CLINIC));
    }

    private static String draftOrder(RequestSpecification as) {
        return as.contentType(ContentType.JSON)
                .body(Map.of("customer", CLINIC, "shipping_address_name", CLINIC + "-Shipping", "items", List.of(
                        Map.of("item_code", VENDOR_ITEM, "qty", 2, "warehouse", WAREHOUSE),
                        Map.of("item_code", OTHER_ITEM, "qty", 3, "warehouse", WAREHOUSE))))
                .post("/api/v2/document/Sales Order").then().statusCode(200).extract().path("data.name");
    }

    /** Frappe v15's v2 error: the status, and {@code errors[0]} of this type with a message containing {@code messagePart}. */
    private static void assertV2Error(Response response, int status, String type, String messagePart) {
        assertEquals(status, response.statusCode(), () -> "body: " + response.asString());
        assertTrue(response.contentType().startsWith("application/json"), () -> "content type " + response.contentType());
        JsonObject body = Api.parse(response.asString()).asJsonObject();
        assertEquals(List.of("errors"), List.copyOf(body.keySet()), "v2 errors carry no classic fields");
        JsonArray errors = body.getJsonArray("errors");
        JsonObject first = errors.getJsonObject(0);
        assertEquals(type, first.getString("type"));
        assertTrue(first.getString("message").contains(messagePart), () -> "message '" + first.getString("message") + "' lacks '" + messagePart + "'");
        assertFalse(first.containsKey("raise_exception"));
    }

    @Test
    void listsPageWithStartAndLimitAndSayWhetherMoreFollow() {
        String filters = "[[\"item_code\", \"like\", \"" + PREFIX + "%\"]]";
        Response first = Api.admin().request()
                .queryParams(Map.of("fields", "[\"item_code\", \"item_name\"]", "filters", filters, "order_by", "item_code asc", "limit", 1))
                .get("/api/v2/document/Item");
        first.then().statusCode(200).body("has_next_page", equalTo(true))
                .body("data", equalTo(List.of(Map.of("item_code", VENDOR_ITEM, "item_name", "V2 Gloves"))));
        Api.admin().request().queryParams(Map.of("fields", "[\"item_code\"]", "filters", filters, "order_by", "item_code asc",
                        "start", 1, "limit", 1))
                .get("/api/v2/document/Item").then().statusCode(200)
                .body("has_next_page", equalTo(false)).body("data.item_code", equalTo(List.of(OTHER_ITEM)));
        Api.admin().request().queryParams(Map.of("filters", filters, "order_by", "item_code desc"))
                .get("/api/v2/document/Item").then().statusCode(200)
                .body("data", equalTo(List.of(Map.of("name", OTHER_ITEM), Map.of("name", VENDOR_ITEM))))
                .body("has_next_page", equalTo(false));
    }

    @Test
    void documentsAreCreatedReadPatchedAndDeleted() {
        String code = "V2CRUD-" + TAG;
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", code, "item_name", "Created"))
                .post("/api/v2/document/Item").then().statusCode(200).body("data.name", equalTo(code));
        String modified = Api.admin().request().get("/api/v2/document/Item/" + code).then().statusCode(200)
                .body("data.item_name", equalTo("Created")).extract().path("data.modified");
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_name", "Patched", "modified", modified))
                .patch("/api/v2/document/Item/" + code).then().statusCode(200).body("data.item_name", equalTo("Patched"));
        assertV2Error(Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_name", "Stale", "modified", "2000-01-01 00:00:00"))
                .patch("/api/v2/document/Item/" + code), 417, "TimestampMismatchError", "modified");
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_name", "Put"))
                .put("/api/v2/document/Item/" + code).then().statusCode(200).body("data.item_name", equalTo("Put"));

        String key = UUID.randomUUID().toString();
        for (String replayed : List.of("false", "true")) {
            Api.admin().request().header("Idempotency-Key", key).contentType(ContentType.JSON).body(Map.of("item_name", "Once"))
                    .patch("/api/v2/document/Item/" + code).then().statusCode(200).header("Idempotent-Replayed", replayed);
        }

        Api.admin().request().delete("/api/v2/document/Item/" + code).then().statusCode(202).body("data", equalTo("ok"));
        assertV2Error(Api.admin().request().get("/api/v2/document/Item/" + code), 404, "DoesNotExistError", code);
    }

    @Test
    void submitAndCancelAreDocumentMethods() {
        Api.Session session = Api.session(partner.email(), partner.password());
        String order = draftOrder(session.request());
        session.request().post("/api/v2/document/Sales Order/" + order + "/method/submit").then().statusCode(200)
                .body("data.name", equalTo(order)).body("data.docstatus", equalTo(1)).body("docs[0].docstatus", equalTo(1));
        session.request().post("/api/v2/document/Sales Order/" + order + "/method/cancel").then().statusCode(200)
                .body("data.docstatus", equalTo(2));
        assertV2Error(session.request().post("/api/v2/document/Sales Order/" + order + "/method/make_delivery_note"),
                404, "DoesNotExistError", "make_delivery_note");
        assertV2Error(Api.request().cookie("sid", session.sid()).post("/api/v2/document/Sales Order/" + order + "/method/submit"),
                400, "CSRFTokenError", "X-Frappe-CSRF-Token");
    }

    @Test
    void metaAndCountAreForCallersWhoMayList() {
        Response meta = Api.admin().request().get("/api/v2/doctype/Sales Order/meta");
        meta.then().statusCode(200).body("data.name", equalTo("Sales Order")).body("data.is_submittable", equalTo(1))
                .body("data.istable", equalTo(0))
                .body("data.fields", hasItem(Map.of("fieldname", "customer", "fieldtype", "Data", "label", "Customer")))
                .body("data.fields", hasItem(Map.of("fieldname", "grand_total", "fieldtype", "Float", "label", "Grand Total")))
                .body("data.fields", hasItem(Map.of("fieldname", "items", "fieldtype", "Table", "label", "Items", "options", "Sales Order Item")));
        assertFalse(meta.jsonPath().getList("data.fields.fieldname").contains("owner"), "standard fields are not listed");
        partner.request().get("/api/v2/doctype/Item/meta").then().statusCode(200).body("data.is_submittable", equalTo(0));
        assertV2Error(partner.request().get("/api/v2/doctype/User/meta"), 403, "PermissionError", "User");

        Api.admin().request().queryParam("filters", "[[\"item_code\", \"like\", \"" + PREFIX + "%\"]]")
                .get("/api/v2/doctype/Item/count").then().statusCode(200).body("data", equalTo(2));
        assertV2Error(partner.request().get("/api/v2/doctype/User/count"), 403, "PermissionError", "User");
    }

    @Test
    void methodsAnswerDataWithTheirAccessAndHttpMethods() {
        Api.request().get("/api/v2/method/ping").then().statusCode(200).body("data", equalTo("pong"));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("doctype", "Item", "filters", List.of(List.of("item_code", "like", PREFIX + "%"))))
                .post("/api/v2/method/frappe.client.get_count").then().statusCode(200).body("data", equalTo(2));

        Response login = Api.request().contentType(ContentType.JSON).body(Map.of("usr", partner.email(), "pwd", partner.password()))
                .post("/api/v2/method/login");
        login.then().statusCode(200).body("message", equalTo("Logged In")).body("csrf_token", notNullValue());
        Api.request().cookie("sid", login.cookie("sid")).get("/api/v2/method/frappe.auth.get_logged_user")
                .then().statusCode(200).body("data", equalTo(partner.email()));

        assertV2Error(Api.admin().request().get("/api/v2/method/frappe.client.insert"), 405, "MethodNotAllowedError", "POST");
        assertV2Error(Api.request().get("/api/v2/method/frappe.client.get_count?doctype=Item"), 401, "AuthenticationError", "Not signed in");
        assertV2Error(Api.admin().request().get("/api/v2/method/no.such.method"), 404, "DoesNotExistError", "no.such.method");
    }

    @Test
    void aVendorReadsAnOrderAsApiResourceAnswersIt() {
        String order = draftOrder(partner.request());
        Map<String, Object> v2 = vendor.request().get("/api/v2/document/Sales Order/" + order).then().statusCode(200)
                .extract().jsonPath().getMap("data");
        Map<String, Object> v1 = vendor.request().get("/api/resource/Sales Order/" + order).then().statusCode(200)
                .extract().jsonPath().getMap("data");
        assertEquals(v1, v2);
        assertEquals(List.of(VENDOR_ITEM), ((List<?>) v2.get("items")).stream().map(line -> ((Map<?, ?>) line).get("item_code")).toList());
        assertNull(v2.get("owner"), "who ordered is the partner's, not the vendor's");
        assertEquals(20, ((Number) v2.get("grand_total")).intValue(), "the total of its own lines");

        Map<String, Object> listQuery = Map.of("fields", "[\"name\", \"owner\", \"grand_total\"]", "filters", "[[\"name\", \"=\", \"" + order + "\"]]");
        List<Object> v2Rows = vendor.request().queryParams(listQuery).get("/api/v2/document/Sales Order").then().statusCode(200)
                .extract().jsonPath().getList("data");
        assertEquals(vendor.request().queryParams(listQuery).get("/api/resource/Sales Order").then().statusCode(200)
                .extract().jsonPath().getList("data"), v2Rows);
        assertV2Error(vendor.request().queryParam("filters", "[[\"owner\", \"=\", \"" + partner.email() + "\"]]")
                .get("/api/v2/document/Sales Order"), 403, "PermissionError", "may not filter on owner");
    }

    @Test
    void errorsComeAsErrorsUnderV2AndAsBeforeElsewhere() {
        assertV2Error(Api.admin().request().get("/api/v2/document/No Such DocType"), 404, "DoesNotExistError", "No Such DocType");
        assertV2Error(Api.admin().request().get("/api/v2/document/Item/" + PREFIX + "NONE"), 404, "DoesNotExistError", PREFIX + "NONE");
        assertV2Error(partner.request().get("/api/v2/document/User"), 403, "PermissionError", "User");
        assertV2Error(Api.request().get("/api/v2/document/Sales Order"), 401, "AuthenticationError", "Not signed in");
        assertV2Error(Api.admin().request().queryParam("filters", "[[\"no_such_field\", \"=\", 1]]").get("/api/v2/document/Item"),
                417, "ValidationError", "no_such_field");
        assertV2Error(Api.admin().request().queryParam("limit", -1).get("/api/v2/document/Item"), 417, "ValidationError", "limit");
        assertV2Error(Api.admin().request().contentType(ContentType.JSON).body("{\"item_code\": ").post("/api/v2/document/Item"),
                400, "BadRequestError", "JSON");
        assertV2Error(Api.request().header("Authorization", "token nobody:wrong").get("/api/v2/method/ping"),
                401, "AuthenticationError", "");
        assertV2Error(Api.admin().request().get("/api/v2/nothing/here"), 404, "DoesNotExistError", "");

        Api.assertError(Api.admin().request().get("/api/resource/No Such DocType"), 404, "DoesNotExistError", "No Such DocType");
        Api.assertError(Api.admin().request().get("/api/v1/resource/Item/" + PREFIX + "NONE"), 404, "DoesNotExistError", PREFIX + "NONE");
    }

    @Test
    void theOpenApiDocumentDescribesEachOperationOnceUnderApi() {
        Map<String, Object> paths = Api.request().accept("application/json").get("/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        assertTrue(paths.containsKey("/api/resource/{doctype}"), paths.keySet()::toString);
        assertEquals(List.of(), paths.keySet().stream().filter(path -> path.startsWith("/api/v")).toList());
    }
}
