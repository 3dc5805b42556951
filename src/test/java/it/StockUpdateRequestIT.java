package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stock Update Requests: a vendor asks to change the stock of its own items, a marketplace officer
 * approves (the bin changes exactly, never below what orders reserve) or rejects; every act in the Audit Log.
 */
class StockUpdateRequestIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String WAREHOUSE = "Skydell Main - SM";
    private static final String VENDOR = "SUR Vendor " + TAG;
    private static final String OTHER_VENDOR = "SUR Other Vendor " + TAG;
    private static Api.TestUser vendor;
    private static Api.TestUser otherVendor;
    private static Api.TestUser officer;
    private static int items;

    @BeforeAll
    static void createVendors() {
        vendor = Api.approvedVendor(VENDOR);
        otherVendor = Api.approvedVendor(OTHER_VENDOR);
        officer = Api.newUser("Medgrid Marketplace Officer");
    }

    /** A new item of the vendor's, with {@code qty} in stock in the main warehouse: each test has its own bins. */
    private static synchronized String item(int qty) {
        String code = "SUR-" + TAG + "-" + ++items;
        Api.insert("Item", Map.of("item_code", code, "item_name", "Stocked Gauze " + code, "default_supplier", VENDOR));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", code, "warehouse", WAREHOUSE, "qty", qty))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        return code;
    }

    private static Map<String, Object> body(String item, String action, Object quantity) {
        return new HashMap<>(Map.of("item", item, "action", action, "warehouse", WAREHOUSE, "quantity", quantity,
                "reason", "Restock from Q2 shipment"));
    }

    private static Response create(Api.TestUser user, Map<String, Object> body) {
        return user.request().contentType(ContentType.JSON).body(body).post("/api/method/medgrid.api.create_stock_update_request");
    }

    private static String requested(String item, String action, int quantity) {
        return create(vendor, body(item, action, quantity)).then().statusCode(200).body("message.status", equalTo("Requested"))
                .extract().path("message.name");
    }

    private static Response approve(Api.TestUser user, String name) {
        return user.request().contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/method/medgrid.api.approve_stock_update_request");
    }

    private static Response reject(Api.TestUser user, Map<String, Object> body) {
        return user.request().contentType(ContentType.JSON).body(body).post("/api/method/medgrid.api.reject_stock_update_request");
    }

    private static JsonPath bin(String item, String warehouse) {
        return Api.admin().request().get("/api/resource/Bin/" + item + " - " + warehouse).then().statusCode(200).extract().jsonPath();
    }

    private static double actualQty(String item) {
        return bin(item, WAREHOUSE).getDouble("data.actual_qty");
    }

    private static List<Map<String, String>> auditOf(String name) {
        return Api.admin().request()
                .queryParams(Map.of("fields", "[\"action\",\"details\",\"owner\"]", "filters", "[[\"docname\",\"=\",\"" + name + "\"]]",
                        "order_by", "creation asc", "limit_page_length", 0))
                .get("/api/resource/Audit Log").then().statusCode(200).extract().jsonPath().getList("data");
    }

    @Test
    void aVendorsRequestLandsAsRequestedAndItsApprovalChangesTheBinExactly() {
        String item = item(10);
        Map<String, Object> created = create(vendor, body(item, "Add", 5)).then().statusCode(200).extract().jsonPath().getMap("message");
        String add = (String) created.get("name");
        assertTrue(add.startsWith("SUR-" + LocalDate.now(ZoneOffset.UTC).getYear() + "-"), add);
        assertEquals(Map.of("item", item, "action", "Add", "warehouse", WAREHOUSE, "reason", "Restock from Q2 shipment",
                        "status", "Requested", "vendor", VENDOR, "owner", vendor.email()),
                Map.of("item", created.get("item"), "action", created.get("action"), "warehouse", created.get("warehouse"),
                        "reason", created.get("reason"), "status", created.get("status"), "vendor", created.get("vendor"),
                        "owner", created.get("owner")));
        assertEquals(10.0, actualQty(item), "nothing changes before the approval");

        approve(officer, add).then().statusCode(200).body("message.status", equalTo("Approved"))
                .body("message.reviewed_by", equalTo(officer.email()));
        assertEquals(15.0, actualQty(item));
        approve(officer, requested(item, "Remove", 3)).then().statusCode(200);
        assertEquals(12.0, actualQty(item));
        approve(officer, requested(item, "Set", 4)).then().statusCode(200);
        assertEquals(4.0, actualQty(item));
        approve(officer, requested(item, "Set", 0)).then().statusCode(200);
        assertEquals(0.0, actualQty(item));

        vendor.request().get("/api/resource/Stock Update Request/" + add).then().statusCode(200)
                .body("data.status", equalTo("Approved")).body("data.quantity", equalTo(5));
        List<Map<String, String>> audit = auditOf(add);
        assertEquals(List.of("Requested", "Approved"), audit.stream().map(e -> e.get("action")).toList());
        assertEquals("Add 5 of " + item + " in " + WAREHOUSE + ": actual_qty 10 → 15", audit.get(1).get("details"));
        assertEquals(officer.email(), audit.get(1).get("owner"));
    }

    @Test
    void anApprovalCreatesTheBinOfAnItemNewToTheWarehouse() {
        String item = item(1);
        String company = "SUR Co " + TAG;
        Api.insert("Company", Map.of("company_name", company, "abbr", "U" + TAG));
        Api.insert("Warehouse", Map.of("warehouse_name", "SUR Depot " + TAG, "company", company));
        String depot = "SUR Depot " + TAG + " - U" + TAG;
        Map<String, Object> body = body(item, "Add", 7);
        body.put("warehouse", depot);
        String name = create(vendor, body).then().statusCode(200).extract().path("message.name");
        approve(officer, name).then().statusCode(200);
        assertEquals(7.0, bin(item, depot).getDouble("data.actual_qty"));
    }

    @Test
    void onlyTheVendorOfTheItemAndMarketplaceStaffRequestAndSeeIt() {
        String item = item(10);
        String name = requested(item, "Add", 1);
        Api.TestUser customer = Api.newUser("Customer");

        Api.assertError(create(otherVendor, body(item, "Add", 1)), 403, "PermissionError", "is not sold by a Vendor Profile you act for");
        Api.assertError(create(customer, body(item, "Add", 1)), 403, "PermissionError", "Vendor");
        Api.assertError(otherVendor.request().get("/api/resource/Stock Update Request/" + name), 404, "DoesNotExistError", "not found");
        Map<String, Object> byName = Map.of("fields", "[\"name\",\"status\"]", "filters", "[[\"item\",\"=\",\"" + item + "\"]]");
        otherVendor.request().queryParams(byName).get("/api/resource/Stock Update Request").then().statusCode(200)
                .body("data", equalTo(List.of()));
        vendor.request().queryParams(byName).get("/api/resource/Stock Update Request").then().statusCode(200)
                .body("data.name", equalTo(List.of(name)));
        officer.request().queryParams(byName).get("/api/resource/Stock Update Request").then().statusCode(200)
                .body("data.name", equalTo(List.of(name)));
        Api.assertError(customer.request().get("/api/resource/Stock Update Request"), 403, "PermissionError", "Vendor");

        String officers = create(officer, body(item, "Add", 2)).then().statusCode(200).body("message.vendor", equalTo(VENDOR))
                .extract().path("message.name");
        // staff's email addresses stay hidden from the vendor, as on every document it does not own
        vendor.request().get("/api/resource/Stock Update Request/" + officers).then().statusCode(200)
                .body("data.status", equalTo("Requested")).body("data.owner", nullValue());
    }

    @Test
    void nobodyWritesThroughTheResource() {
        String name = requested(item(10), "Add", 1);
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(body("X", "Add", 1))
                .post("/api/resource/Stock Update Request"), 403, "PermissionError", "cannot be created");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("status", "Approved"))
                .put("/api/resource/Stock Update Request/" + name), 403, "PermissionError", "cannot be changed");
        Api.assertError(Api.admin().request().delete("/api/resource/Stock Update Request/" + name), 403, "PermissionError", "cannot be deleted");
    }

    @Test
    void badRequestsAreRefusedWithTheField() {
        String item = item(10);
        Api.assertError(create(vendor, body(item, "Grow", 1)), 417, "ValidationError", "action must be one of Add, Remove, Set, got Grow.");
        Api.assertError(create(vendor, body(item, "Add", 0)), 417, "ValidationError", "quantity must be greater than 0 for Add, got 0.");
        Api.assertError(create(vendor, body(item, "Remove", -2)), 417, "ValidationError", "quantity must be greater than 0 for Remove");
        Api.assertError(create(vendor, body(item, "Set", -1)), 417, "ValidationError", "quantity must not be negative for Set");
        Map<String, Object> noReason = body(item, "Add", 1);
        noReason.remove("reason");
        Api.assertError(create(vendor, noReason), 417, "ValidationError", "reason is required.");
        Map<String, Object> longReason = body(item, "Add", 1);
        longReason.put("reason", "x".repeat(501));
        Api.assertError(create(vendor, longReason), 417, "ValidationError", "reason must be at most 500 characters");
        Map<String, Object> nowhere = body(item, "Add", 1);
        nowhere.put("warehouse", "Nowhere " + TAG);
        Api.assertError(create(vendor, nowhere), 417, "ValidationError", "Could not find Warehouse: Nowhere " + TAG);
        Api.assertError(create(vendor, body("GHOST-" + TAG, "Add", 1)), 417, "ValidationError", "Could not find Item: GHOST-" + TAG);
        Api.assertError(approve(officer, "SUR-1999-99999"), 404, "DoesNotExistError", "not found");
    }

    @Test
    void aChangeBelowWhatOrdersReserveIsRefusedAndNothingChanges() {
        String item = item(10);
        Api.insert("Item Price", Map.of("item_code", item, "price_list", "Standard Selling", "price_list_rate", 4));
        Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("customer", "Lone Star Hormone Center", "docstatus", 1,
                        "items", List.of(Map.of("item_code", item, "qty", 8, "warehouse", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).body("data.docstatus", equalTo(1));
        assertEquals(8.0, bin(item, WAREHOUSE).getDouble("data.reserved_qty"));

        String removal = requested(item, "Remove", 3);
        Api.assertError(approve(officer, removal), 417, "ValidationError",
                "Remove 3 of " + item + " in " + WAREHOUSE + " would leave 7, below the 8 reserved for submitted orders.");
        Api.assertError(approve(officer, requested(item, "Set", 5)), 417, "ValidationError", "would leave 5, below the 8 reserved");
        assertEquals(10.0, actualQty(item));
        vendor.request().get("/api/resource/Stock Update Request/" + removal).then().body("data.status", equalTo("Requested"));
        assertEquals(List.of("Requested"), auditOf(removal).stream().map(e -> e.get("action")).toList());

        approve(officer, requested(item, "Remove", 2)).then().statusCode(200);
        assertEquals(8.0, actualQty(item), "down to exactly what is reserved");
    }

    @Test
    void aRequestIsReviewedOnceAndOnlyByMarketplaceStaff() {
        String item = item(10);
        String name = requested(item, "Add", 5);
        Api.assertError(approve(vendor, name), 403, "PermissionError", "Medgrid Marketplace Officer");
        Api.assertError(reject(vendor, Map.of("name", name, "reason", "mine")), 403, "PermissionError", "Medgrid Marketplace Officer");

        List<Response> both = List.of(CompletableFuture.supplyAsync(() -> approve(officer, name)),
                        CompletableFuture.supplyAsync(() -> approve(Api.admin(), name)))
                .stream().map(CompletableFuture::join).toList();
        assertEquals(List.of(200, 417), both.stream().map(Response::statusCode).sorted().toList(), () -> both.get(0).asString()
                + " / " + both.get(1).asString());
        Api.assertError(both.stream().filter(r -> r.statusCode() == 417).findFirst().orElseThrow(), 417, "ValidationError",
                "Stock Update Request " + name + " is Approved");
        assertEquals(15.0, actualQty(item), "applied once");
        Api.assertError(approve(officer, name), 417, "ValidationError", "is Approved: only a Requested one can be approved.");
        Api.assertError(reject(officer, Map.of("name", name, "reason", "late")), 417, "ValidationError", "is Approved");
    }

    @Test
    void aRejectionNeedsAReasonAndChangesNoStock() {
        String item = item(10);
        String name = requested(item, "Remove", 4);
        Api.assertError(reject(officer, Map.of("name", name)), 417, "ValidationError", "reason is required.");
        reject(officer, Map.of("name", name, "reason", "No matching shipment")).then().statusCode(200)
                .body("message.status", equalTo("Rejected")).body("message.rejection_reason", equalTo("No matching shipment"))
                .body("message.reviewed_by", equalTo(officer.email())).body("message.reviewed_at", startsWith("20"));
        Api.assertError(approve(officer, name), 417, "ValidationError", "is Rejected");
        assertEquals(10.0, actualQty(item));
        List<Map<String, String>> audit = auditOf(name);
        assertEquals(List.of("Requested", "Rejected"), audit.stream().map(e -> e.get("action")).toList());
        assertEquals("No matching shipment", audit.get(1).get("details"));
    }
}
