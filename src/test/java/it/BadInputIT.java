package it;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bad input is a 4xx in the API's error format, and nothing of it is stored: sizes and nesting of
 * requests, values checked against their columns, strict types, names that must fit a URL.
 */
class BadInputIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String WAREHOUSE = "Bad " + TAG + " - B" + TAG;
    private static final String PRICES = "Bad Prices " + TAG;
    private static final String ITEM = "BAD-" + TAG;
    private static final String CLINIC = "Bad Clinic " + TAG;
    private static Api.TestUser partner;

    @BeforeAll
    static void market() {
        Api.insert("Company", Map.of("company_name", "Bad Co " + TAG, "abbr", "B" + TAG));
        Api.insert("Warehouse", Map.of("warehouse_name", "Bad " + TAG, "company", "Bad Co " + TAG));
        Api.insert("Price List", Map.of("price_list_name", PRICES));
        Api.insert("Item", Map.of("item_code", ITEM, "item_name", "Gauze " + TAG));
        Api.insert("Item Price", Map.of("item_code", ITEM, "price_list", PRICES, "price_list_rate", 999999));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", ITEM, "warehouse", WAREHOUSE, "qty", 100))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        partner = Api.newUser("Customer");
        Api.insert("Customer", Map.of("customer_name", CLINIC, "portal_user", partner.email(), "default_price_list", PRICES));
    }


    private static Response order(Api.TestUser user, Map<String, Object> fields) {
        return user.request().contentType(ContentType.JSON).body(fields).post("/api/resource/Sales Order");
    }

    private static Map<String, Object> orderWithQty(Object qty) {
        return Map.of("customer", CLINIC, "items", List.of(Map.of("item_code", ITEM, "qty", qty, "warehouse", WAREHOUSE)));
    }

    private static int ordersOfClinic() {
        return Api.admin().request().queryParams(Map.of("filters", "[[\"customer\",\"=\",\"" + CLINIC + "\"]]", "limit_page_length", 0))
                .get("/api/resource/Sales Order").then().statusCode(200).extract().jsonPath().getList("data").size();
    }

    @Test
    void numbersBeyondTheirColumnAreRefusedNotRoundedAndNothingIsStored() {
        int before = ordersOfClinic();
        Api.assertError(order(partner, orderWithQty(1e13)), 417, "ValidationError", "qty 1E+13 is too large: at most 12 digits");
        Api.assertError(order(partner, orderWithQty(1e30)), 417, "ValidationError", "is too large");
        Api.assertError(partner.request().contentType(ContentType.JSON)
                        .body("{\"customer\": \"" + CLINIC + "\", \"items\": [{\"item_code\": \"" + ITEM + "\", \"qty\": 1e400, \"warehouse\": \""
                                + WAREHOUSE + "\"}]}")
                        .post("/api/resource/Sales Order"), 417, "ValidationError", "is too large");
        Api.assertError(order(partner, orderWithQty(0.0000001)), 417, "ValidationError", "qty 1E-7 has more than 6 decimal places");
        // each line fits, their product does not: the computed amount is checked as well
        Api.assertError(order(partner, orderWithQty(99_999_999)), 417, "ValidationError", "is too large: at most 12 digits");
        assertEquals(before, ordersOfClinic(), "nothing stored");

        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("reorder_level", 1e13))
                .put("/api/resource/Item/" + ITEM), 417, "ValidationError", "reorder_level");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", ITEM, "warehouse", WAREHOUSE, "qty", 1e13))
                .post("/api/method/medgrid.catalog.set_stock"), 417, "ValidationError", "too large");
        Api.admin().request().get("/api/resource/Item/" + ITEM).then().statusCode(200).body("data.reorder_level", equalTo(0));
    }

    @Test
    void valuesOfTheWrongKindAreRefused() {
        int before = ordersOfClinic();
        Api.assertError(order(partner, Map.of("customer", CLINIC, "delivery_date", "2030-12-01' OR '1'='1",
                "items", List.of(Map.of("item_code", ITEM, "qty", 1, "warehouse", WAREHOUSE)))), 417, "ValidationError", "delivery_date");
        Api.assertError(order(partner, Map.of("customer", List.of(CLINIC),
                "items", List.of(Map.of("item_code", ITEM, "qty", 1, "warehouse", WAREHOUSE)))), 417, "ValidationError", "customer must be text");
        Api.assertError(order(partner, Map.of("customer", CLINIC, "docstatus", 3,
                "items", List.of(Map.of("item_code", ITEM, "qty", 1, "warehouse", WAREHOUSE)))), 417, "ValidationError", "docstatus must be 0");
        Api.assertError(order(partner, Map.of("customer", CLINIC, "docstatus", -1,
                "items", List.of(Map.of("item_code", ITEM, "qty", 1, "warehouse", WAREHOUSE)))), 417, "ValidationError", "docstatus must be 0");
        Api.assertError(order(partner, Map.of("customer", CLINIC, "docstatus", 2,
                "items", List.of(Map.of("item_code", ITEM, "qty", 1, "warehouse", WAREHOUSE)))), 417, "ValidationError", "docstatus must be 0");
        assertEquals(before, ordersOfClinic(), "nothing stored");

        String draft = order(partner, orderWithQty(1)).then().statusCode(200).extract().path("data.name");
        Api.assertError(partner.request().contentType(ContentType.JSON).body(Map.of("docstatus", 5))
                .put("/api/resource/Sales Order/" + draft), 417, "ValidationError", "docstatus must be 0 (draft), 1 (submit) or 2");

        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("disabled", "yes"))
                .put("/api/resource/Item/" + ITEM), 417, "ValidationError", "disabled must be 0 or 1");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_name", List.of("a", "b")))
                .put("/api/resource/Item/" + ITEM), 417, "ValidationError", "expected text, got a list");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_name", Map.of("a", 1)))
                .put("/api/resource/Item/" + ITEM), 417, "ValidationError", "expected text, got an object");
        Api.admin().request().get("/api/resource/Item/" + ITEM).then().statusCode(200)
                .body("data.disabled", equalTo(0)).body("data.item_name", equalTo("Gauze " + TAG));
    }

    @Test
    void namesThatCannotBeAUrlSegmentAndControlCharactersAreRefused() {
        for (String name : List.of("Clinic\u0000" + TAG, "Clinic\u0007" + TAG, "Clinic\r\nX-Injected: " + TAG, "A/B " + TAG, ".", "..")) {
            Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("customer_name", name))
                    .post("/api/resource/Customer"), 417, "ValidationError", "");
        }
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("address_title", "Nul " + TAG,
                        "address_type", "Shipping", "address_line1", "1 Main St\u0000", "city", "Reno", "state", "NV", "pincode", "89501",
                        "customer", CLINIC))
                .post("/api/resource/Address"), 417, "ValidationError", "control character U+0000");
        Api.assertError(Api.admin().request().queryParams(Map.of("query", "gauze\u0000"))
                .get("/api/method/medgrid.catalog.search_items"), 417, "ValidationError", "control character U+0000");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("customer_name", "X".repeat(141)))
                .post("/api/resource/Customer"), 417, "ValidationError", "140");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("default_currency", "ABCD",
                "company_name", "Cur " + TAG, "abbr", "C" + TAG)).post("/api/resource/Company"), 417, "ValidationError", "");
    }

    @Test
    void requestsBeyondTheLimitsAreRefusedInTheApiFormat() {
        Api.assertError(Api.request().contentType(ContentType.JSON).body("{\"usr\": \"" + "x".repeat(1_100_000) + "\"}")
                .post("/api/method/login"), 413, "RequestEntityTooLarge", "larger than 1048576 bytes");
        Api.assertError(Api.request().queryParam("q", "x".repeat(9000)).get("/api/method/ping"), 414, "RequestURITooLarge", "longer than");
        Api.assertError(Api.request().header("X-Padding", "x".repeat(9000)).header("X-Padding-2", "y".repeat(9000))
                .get("/api/method/ping"), 431, "RequestHeaderFieldsTooLarge", "larger than");
        String deep = "[".repeat(1000) + "]".repeat(1000);
        Api.assertError(Api.request().contentType(ContentType.JSON).body("{\"usr\": " + deep + ", \"pwd\": \"x\"}")
                .post("/api/method/login"), 400, "BadRequestError", "nested deeper than 32");
        Api.assertError(Api.admin().request().queryParam("filters", deep).get("/api/resource/Item"), 400, "BadRequestError", "nested deeper");
        byte[] latin1 = "{\"usr\": \"caf\u00e9\", \"pwd\": \"x\"}".getBytes(StandardCharsets.ISO_8859_1);
        Api.assertError(Api.request().contentType("application/json").body(latin1).post("/api/method/login"),
                400, "BadRequestError", "not valid UTF-8");
    }

    @Test
    void urlsTheContainerRefusesAnswerInTheApiFormat() {
        for (String path : List.of("/api/resource/Customer/a%2Fb", "/api/resource/Customer/%2e%2e", "/api/resource/Customer/x%2F..%2Fy")) {
            Api.assertError(Api.admin().request().urlEncodingEnabled(false).get(path), 400, "BadRequestError", "malformed");
        }
    }

    @Test
    void callersWhoSeeNothingGetEmptyListsNotErrors() {
        Api.TestUser repWithoutCustomers = Api.newUser("Sales User");
        Api.TestUser userWithoutCustomer = Api.newUser("Customer");
        Api.TestUser vendorWithoutProfile = Api.newUser("Vendor");
        String nameFilter = "[[\"name\",\"=\",\"x\"]]";
        for (Api.TestUser user : List.of(repWithoutCustomers, userWithoutCustomer, vendorWithoutProfile)) {
            for (String doctype : List.of("Customer", "Address", "Delivery Note", "Sales Order")) {
                Response response = user.request().queryParam("filters", nameFilter).get("/api/resource/" + doctype);
                if (response.statusCode() != 403) { // vendors may not read customers at all
                    response.then().statusCode(200).body("data", equalTo(List.of()));
                }
            }
        }
    }
}
