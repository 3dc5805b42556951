package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Fields that are not the caller's to read stay hidden on every read path: a vendor sees its own
 * lines, their totals and its own route's fields on an order it shares with another vendor; who
 * created or changed a document is visible to staff and to the document's owner only.
 */
class FieldVisibilityIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String WAREHOUSE = "Vis " + TAG + " - V" + TAG;
    private static final String PRICES = "Vis Prices " + TAG;
    private static final String SHIPPED = "VIS-SHIP-" + TAG;
    private static final String MANUAL = "VIS-MAN-" + TAG;
    private static final String CLINIC = "Vis Clinic " + TAG;
    private static Api.TestUser shipVendor;
    private static Api.TestUser manualVendor;
    private static Api.TestUser partner;
    private static String order;

    @BeforeAll
    static void aSharedOrder() {
        Api.insert("Company", Map.of("company_name", "Vis Co " + TAG, "abbr", "V" + TAG));
        Api.insert("Warehouse", Map.of("warehouse_name", "Vis " + TAG, "company", "Vis Co " + TAG));
        Api.insert("Price List", Map.of("price_list_name", PRICES));
        shipVendor = Api.newUser("Vendor");
        manualVendor = Api.newUser("Vendor");
        Api.insert("Vendor Profile", Map.of("vendor_name", "Vis Ship " + TAG, "vendor_user", shipVendor.email(), "status", "Approved"));
        Api.insert("Vendor Profile", Map.of("vendor_name", "Vis Manual " + TAG, "vendor_user", manualVendor.email(), "status", "Approved"));
        Api.insert("Item", Map.of("item_code", SHIPPED, "item_name", "Vis Gloves " + TAG, "shipstation_product_id", "SS-VIS-" + TAG,
                "default_supplier", "Vis Ship " + TAG));
        Api.insert("Item", Map.of("item_code", MANUAL, "item_name", "Vis Gowns " + TAG, "default_supplier", "Vis Manual " + TAG));
        Api.insert("Item Price", Map.of("item_code", SHIPPED, "price_list", PRICES, "price_list_rate", 10));
        Api.insert("Item Price", Map.of("item_code", MANUAL, "price_list", PRICES, "price_list_rate", 5));
        for (String item : List.of(SHIPPED, MANUAL)) {
            Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", item, "warehouse", WAREHOUSE, "qty", 50))
                    .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        }
        partner = Api.newUser("Customer");
        Api.insert("Customer", Map.of("customer_name", CLINIC, "portal_user", partner.email(), "default_price_list", PRICES));
        Api.insert("Address", Map.of("address_title", CLINIC, "address_type", "Shipping", "address_line1", "9 Vis St",
                "city", "Austin", "state", "TX", "pincode", "78701", "customer", CLINIC));
        shipVendor.request().contentType(ContentType.JSON).body(Map.of("api_key", "vis-" + TAG, "api_secret", "vis-" + TAG))
                .post("/api/method/medgrid.integrations.connect_shipstation").then().statusCode(200).body("message.ok", equalTo(true));

        order = partner.request().contentType(ContentType.JSON)
                .body(Map.of("customer", CLINIC, "shipping_address_name", CLINIC + "-Shipping", "docstatus", 1, "items", List.of(
                        Map.of("item_code", SHIPPED, "qty", 2, "warehouse", WAREHOUSE),
                        Map.of("item_code", MANUAL, "qty", 3, "warehouse", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> "Awaiting Shipment".equals(
                Api.admin().request().get("/api/resource/Sales Order/" + order).then().extract().path("data.shipstation_status")));
    }


    private static JsonPath document(Api.TestUser user) {
        return user.request().get("/api/resource/Sales Order/" + order).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aVendorReadsItsOwnLinesTotalsAndRouteOnly() {
        JsonPath whole = document(Api.admin());
        assertEquals(35, whole.getInt("data.grand_total"));
        assertNotNull(whole.getString("data.shipstation_order_id"));

        JsonPath manual = document(manualVendor);
        assertEquals(List.of(MANUAL), manual.getList("data.items.item_code"));
        assertEquals(15, manual.getInt("data.grand_total"), "the total of its own lines");
        assertEquals(3, manual.getInt("data.total_qty"));
        for (String hidden : List.of("shipstation_order_id", "shipstation_status", "fulfillment_status", "owner", "modified_by")) {
            assertNull(manual.get("data." + hidden), hidden + " is another vendor's or the order's, not this vendor's");
        }

        JsonPath shipping = document(shipVendor);
        assertEquals(20, shipping.getInt("data.grand_total"));
        assertEquals("Awaiting Shipment", shipping.getString("data.shipstation_status"), "its own route's fields");

        List<Map<String, Object>> rows = manualVendor.request()
                .queryParams(Map.of("fields", "[\"name\", \"grand_total\", \"total_qty\", \"shipstation_status\", \"modified_by\"]",
                        "filters", "[[\"name\", \"=\", \"" + order + "\"]]"))
                .get("/api/resource/Sales Order").then().statusCode(200).extract().jsonPath().getList("data");
        assertEquals(1, rows.size());
        assertEquals(15, ((Number) rows.get(0).get("grand_total")).intValue());
        assertEquals(3, ((Number) rows.get(0).get("total_qty")).intValue());
        assertNull(rows.get(0).get("shipstation_status"));
        assertNull(rows.get(0).get("modified_by"));
        List<Object> asLists = manualVendor.request()
                .queryParams(Map.of("fields", "[\"grand_total\"]", "as_dict", 0, "filters", "[[\"name\", \"=\", \"" + order + "\"]]"))
                .get("/api/resource/Sales Order").then().statusCode(200).extract().jsonPath().getList("data");
        assertEquals(List.of(List.of(15)), asLists, "list rows carry only the fields asked for, redacted");

        Api.assertError(manualVendor.request().queryParam("filters", "[[\"grand_total\", \">\", 20]]").get("/api/resource/Sales Order"),
                403, "PermissionError", "may not filter on grand_total");
        Api.assertError(manualVendor.request().queryParam("order_by", "shipstation_status desc").get("/api/resource/Sales Order"),
                403, "PermissionError", "may not sort on shipstation_status");

        manualVendor.request().queryParam("sales_order", order).get("/api/method/medgrid.fulfillment_router.aggregate_shipments")
                .then().statusCode(200).body("message.shipments.vendor", equalTo(List.of("manual")));
        shipVendor.request().queryParam("sales_order", order).get("/api/method/medgrid.fulfillment_router.aggregate_shipments")
                .then().statusCode(200).body("message.shipments.vendor", equalTo(List.of("shipstation")));
    }

    @Test
    void whoCreatedOrChangedADocumentIsForStaffAndTheOwner() {
        String bin = SHIPPED + " - " + WAREHOUSE;
        Map<String, String> binFilter = Map.of("fields", "[\"name\", \"owner\", \"modified_by\"]",
                "filters", "[[\"name\", \"=\", \"" + bin + "\"]]");
        Map<String, Object> seenByPartner = partner.request().queryParams(binFilter).get("/api/resource/Bin").then().statusCode(200)
                .extract().jsonPath().getMap("data[0]");
        assertNull(seenByPartner.get("owner"));
        assertNull(seenByPartner.get("modified_by"));
        partner.request().get("/api/resource/Bin/" + bin).then().statusCode(200).body("data.modified_by", nullValue());
        Api.admin().request().queryParams(binFilter).get("/api/resource/Bin").then().statusCode(200)
                .body("data[0].owner", equalTo(Api.ADMIN_EMAIL)).body("data[0].modified_by", notNullValue());

        Api.assertError(partner.request().queryParam("filters", "[[\"modified_by\", \"=\", \"" + Api.ADMIN_EMAIL + "\"]]")
                .get("/api/resource/Bin"), 403, "PermissionError", "may not filter on modified_by");
        partner.request().get("/api/resource/Sales Order/" + order).then().statusCode(200).body("data.owner", equalTo(partner.email()));
        partner.request().queryParams(Map.of("fields", "[\"name\", \"owner\"]", "filters", "[[\"owner\", \"=\", \"" + partner.email() + "\"]]"))
                .get("/api/resource/Sales Order").then().statusCode(200).body("data.owner", equalTo(List.of(partner.email())));
    }
}
