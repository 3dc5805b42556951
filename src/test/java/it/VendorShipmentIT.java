package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A vendor records the shipment of the lines it ships itself (no integration routes them): a Delivery
 * Note for the order, which ships those lines; lines shipped together with others' are staff's to record.
 */
class VendorShipmentIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String WAREHOUSE = "Skydell Main - SM";
    private static final String CUSTOMER = "Lone Star Hormone Center";
    private static final String VENDOR = "Ship Vendor " + TAG;
    private static final String OTHER_VENDOR = "Ship Other Vendor " + TAG;
    private static Api.TestUser vendor;
    private static Api.TestUser otherVendor;
    private static String ownItem;
    private static String othersItem;

    @BeforeAll
    static void vendorsWithItemsNoIntegrationShips() {
        vendor = Api.approvedVendor(VENDOR);
        otherVendor = Api.approvedVendor(OTHER_VENDOR);
        ownItem = item("SHIP-" + TAG + "-OWN", VENDOR);
        othersItem = item("SHIP-" + TAG + "-OTHER", OTHER_VENDOR);
    }

    private static String item(String code, String supplier) {
        Api.insert("Item", Map.of("item_code", code, "item_name", "Hand-shipped " + code, "default_supplier", supplier));
        Api.insert("Item Price", Map.of("item_code", code, "price_list", "Standard Selling", "price_list_rate", 12));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", code, "warehouse", WAREHOUSE, "qty", 100))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        return code;
    }

    private static String submitOrder(String... items) {
        List<Map<String, Object>> lines = java.util.Arrays.stream(items)
                .map(code -> Map.<String, Object>of("item_code", code, "qty", 2, "warehouse", WAREHOUSE)).toList();
        return Api.admin().request().contentType(ContentType.JSON).body(Map.of("customer", CUSTOMER, "docstatus", 1, "items", lines))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
    }

    private static Response recordShipment(Api.TestUser user, String order, String trackingNumber) {
        return user.request().contentType(ContentType.JSON).body(Map.of("sales_order", order, "lr_no", trackingNumber, "transporter", "UPS"))
                .post("/api/resource/Delivery Note");
    }

    private static JsonPath shipments(Api.TestUser user, String order) {
        return user.request().queryParam("sales_order", order).get("/api/method/medgrid.fulfillment_router.aggregate_shipments")
                .then().statusCode(200).extract().jsonPath();
    }

    private static int notesOf(String order) {
        return Api.admin().request().queryParam("filters", "[[\"sales_order\",\"=\",\"" + order + "\"]]")
                .get("/api/resource/Delivery Note").then().statusCode(200).extract().jsonPath().getList("data").size();
    }

    @Test
    void aVendorMarksTheLinesItShipsItselfShippedOnce() {
        String order = submitOrder(ownItem);
        String line = Api.admin().request().get("/api/resource/Sales Order/" + order).then().statusCode(200)
                .extract().path("data.items[0].name");
        JsonPath before = shipments(vendor, order);
        assertEquals("manual", before.getString("message.shipments[0].vendor"));
        assertEquals(List.of(line), before.getList("message.shipments[0].lines"), "a shipment names the order lines it carries");

        String note = recordShipment(vendor, order, "1ZVENDOR" + TAG).then().statusCode(200)
                .body("data.sales_order", equalTo(order)).body("data.lr_no", equalTo("1ZVENDOR" + TAG))
                .extract().path("data.name");

        JsonPath after = shipments(vendor, order);
        assertEquals("Shipped", after.getString("message.shipments[0].status"));
        assertEquals("1ZVENDOR" + TAG, after.getString("message.shipments[0].tracking_number"));
        Api.admin().request().get("/api/resource/Sales Order/" + order).then().statusCode(200)
                .body("data.fulfillment_status", equalTo("Shipped"));
        vendor.request().get("/api/resource/Delivery Note/" + note).then().statusCode(200).body("data.customer", equalTo(CUSTOMER));
        List<String> mine = vendor.request().queryParam("filters", "[[\"sales_order\",\"=\",\"" + order + "\"]]")
                .get("/api/resource/Delivery Note").then().statusCode(200).extract().jsonPath().getList("data.name");
        assertEquals(List.of(note), mine, "a vendor lists the notes it recorded");

        Api.assertError(recordShipment(vendor, order, "1ZAGAIN" + TAG), 417, "ValidationError", "is marked shipped already");
        assertEquals(1, notesOf(order), "the refused note was not kept");
    }

    @Test
    void linesShippedTogetherWithOthersAreRecordedByStaff() {
        String order = submitOrder(ownItem, othersItem);
        Api.assertError(recordShipment(vendor, order, "1ZMIXED" + TAG), 417, "ValidationError", "together with lines of others");
        assertEquals(0, notesOf(order), "nothing half-written");
        assertTrue(shipments(vendor, order).getList("message.shipments.tracking_number").stream().allMatch(java.util.Objects::isNull));

        Api.admin().request().contentType(ContentType.JSON).body(Map.of("sales_order", order, "lr_no", "1ZSTAFF" + TAG, "transporter", "UPS"))
                .post("/api/resource/Delivery Note").then().statusCode(200);
        assertEquals("1ZSTAFF" + TAG, shipments(vendor, order).getString("message.shipments[0].tracking_number"));
    }

    @Test
    void aVendorCannotShipAnOrderWithoutItsLines() {
        String order = submitOrder(othersItem);
        Api.assertError(recordShipment(vendor, order, "1ZNOTMINE" + TAG), 417, "ValidationError", "Could not find Sales Order: " + order);
        Api.assertError(recordShipment(Api.newUser("Vendor"), order, "1ZNOPROFILE" + TAG), 417, "ValidationError", "Could not find Sales Order");
        Api.assertError(recordShipment(Api.newUser("Customer"), order, "1ZCUSTOMER" + TAG), 403, "PermissionError", "");
        assertEquals(0, notesOf(order));
        recordShipment(otherVendor, order, "1ZOTHER" + TAG).then().statusCode(200);
    }
}
