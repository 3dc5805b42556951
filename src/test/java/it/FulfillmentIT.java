package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Routing and the dispatch outbox: a submitted order is split per vendor by the routing rules,
 * dispatches follow the order's status, and aggregate_shipments reports them to whoever sees the order.
 * These ShipStation lines have no connection, so those dispatches wait rather than fail; the order has no shipping
 * address, which SINQ needs, so the SINQ dispatch fails for an admin to see.
 */
class FulfillmentIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String WAREHOUSE = "Route " + TAG + " - R" + TAG;
    private static final String RX = "RX-" + TAG;
    private static final String OTC = "OTC-" + TAG;
    private static final String BOXED = "BOX-" + TAG;
    private static final String PLAIN = "PLAIN-" + TAG;
    private static final String HRT = "HRT-" + TAG;
    private static final String CLINIC = "Route Clinic " + TAG;
    private static final String BOX_VENDOR = "Box Vendor " + TAG;
    private static Api.TestUser partner;
    private static Api.TestUser boxVendor;

    @BeforeAll
    static void createMarket() {
        Api.insert("Company", Map.of("company_name", "Route Co " + TAG, "abbr", "R" + TAG));
        Api.insert("Warehouse", Map.of("warehouse_name", "Route " + TAG, "company", "Route Co " + TAG));
        Api.insert("Price List", Map.of("price_list_name", "Route Prices " + TAG));
        boxVendor = Api.approvedVendor(BOX_VENDOR);
        Api.insert("Item", Map.of("item_code", RX, "item_name", "Semaglutide " + TAG, "requires_prescription", 1,
                "perfectrx_drug_description", "Semaglutide 2.5mg/mL"));
        Api.insert("Item", Map.of("item_code", OTC, "item_name", "NAD+ " + TAG, "perfectrx_drug_description", "NAD+ 100mg/mL"));
        Api.insert("Item", Map.of("item_code", BOXED, "item_name", "Gauze " + TAG, "shipstation_product_id", "SS-" + TAG,
                "default_supplier", BOX_VENDOR));
        Api.insert("Item", Map.of("item_code", PLAIN, "item_name", "Tongue Depressors " + TAG));
        Api.insert("Item", Map.of("item_code", HRT, "item_name", "Estradiol Cream " + TAG, "sinq_sku", "SINQ-" + TAG));
        for (String item : List.of(RX, OTC, BOXED, PLAIN, HRT)) {
            Api.insert("Item Price", Map.of("item_code", item, "price_list", "Route Prices " + TAG, "price_list_rate", 10));
            Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", item, "warehouse", WAREHOUSE, "qty", 100))
                    .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        }
        partner = Api.newUser("Customer");
        Api.insert("Customer", Map.of("customer_name", CLINIC, "portal_user", partner.email(), "default_price_list", "Route Prices " + TAG));
    }


    private static String submitted(String... items) {
        List<Map<String, Object>> lines = java.util.Arrays.stream(items)
                .map(item -> Map.<String, Object>of("item_code", item, "qty", 1, "warehouse", WAREHOUSE)).toList();
        return partner.request().contentType(ContentType.JSON)
                .body(Map.of("customer", CLINIC, "items", lines, "docstatus", 1, "prescriber_npi", "1234567893"))
                .post("/api/resource/Sales Order").then().statusCode(200).body("data.status", equalTo("To Deliver"))
                .extract().path("data.name");
    }

    private static JsonPath dispatch(String order, String vendor) {
        return Api.admin().request().get("/api/resource/Fulfillment Dispatch/" + order + "-" + vendor)
                .then().statusCode(200).extract().jsonPath();
    }

    private static void awaitStatus(String order, String vendor, String status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> status.equals(dispatch(order, vendor).getString("data.status")));
    }

    private static Response updateStatus(String order, String status) {
        return Api.admin().request().contentType(ContentType.JSON).body(Map.of("name", order, "status", status))
                .post("/api/method/erpnext.selling.doctype.sales_order.sales_order.update_status");
    }

    @Test
    void aSubmittedOrderIsSplitIntoOneDispatchPerVendor() {
        String order = submitted(RX, OTC, BOXED, PLAIN, HRT);
        List<Map<String, Object>> dispatches = Api.admin().request()
                .queryParams(Map.of("filters", "[[\"sales_order\",\"=\",\"" + order + "\"]]", "fields", "[\"vendor\",\"status\"]",
                        "order_by", "vendor asc"))
                .get("/api/resource/Fulfillment Dispatch").then().statusCode(200).extract().jsonPath().getList("data");
        assertEquals(List.of("manual", "perfectrx", "shipstation", "sinq"), dispatches.stream().map(d -> d.get("vendor")).toList());

        assertEquals(List.of(RX, OTC), dispatch(order, "perfectrx").getList("data.items.item_code"));
        assertEquals(List.of(BOXED), dispatch(order, "shipstation").getList("data.items.item_code"));
        JsonPath manual = dispatch(order, "manual");
        assertEquals(List.of(PLAIN), manual.getList("data.items.item_code"));
        assertEquals("Manual", manual.getString("data.status"));

        awaitStatus(order, "sinq", "Failed");
        assertEquals("Sales Order " + order + " has no shipping address; SINQ Ops needs one to ship.",
                dispatch(order, "sinq").getString("data.last_error"));
    }

    @Test
    void dispatchesFollowTheOrderThroughHoldResumeAndCancel() {
        String order = submitted(BOXED);
        updateStatus(order, "On Hold").then().statusCode(200);
        awaitStatus(order, "shipstation", "Held");
        updateStatus(order, "Draft").then().statusCode(200);
        awaitStatus(order, "shipstation", "Waiting");
        partner.request().contentType(ContentType.JSON).body(Map.of("docstatus", 2))
                .put("/api/resource/Sales Order/" + order).then().statusCode(200);
        awaitStatus(order, "shipstation", "Cancelled");
    }

    @Test
    void aggregateShipmentsShowsEveryVendorToWhoeverSeesTheOrder() {
        String order = submitted(OTC, BOXED);
        partner.request().queryParam("sales_order", order).get("/api/method/medgrid.fulfillment_router.aggregate_shipments")
                .then().statusCode(200)
                .body("message.sales_order", equalTo(order))
                .body("message.shipments.vendor", equalTo(List.of("perfectrx", "shipstation")))
                .body("message.shipments.vendor_label", equalTo(List.of("PerfectRx", "ShipStation")))
                .body("message.shipments[0].tracking_number", equalTo(null));
        boxVendor.request().contentType(ContentType.JSON).body(Map.of("sales_order", order))
                .post("/api/method/medgrid.fulfillment_router.aggregate_shipments").then().statusCode(200)
                .body("message.shipments.vendor", equalTo(List.of("shipstation")));
        Api.assertError(Api.newUser("Customer").request().queryParam("sales_order", order)
                .get("/api/method/medgrid.fulfillment_router.aggregate_shipments"), 404, "DoesNotExistError", "not found");
        Api.assertError(partner.request().get("/api/method/medgrid.fulfillment_router.aggregate_shipments"),
                417, "ValidationError", "sales_order is required");
    }

    @Test
    void routingRulesAreDataThatAdminsEdit() {
        String rule = "Route warehouse " + TAG;
        Api.insert("Fulfillment Routing Rule", Map.of("name", rule, "vendor", "shipstation", "priority", 1, "warehouse", WAREHOUSE));
        try {
            String order = submitted(RX, PLAIN);
            Api.admin().request().queryParams(Map.of("filters", "[[\"sales_order\",\"=\",\"" + order + "\"]]", "fields", "[\"vendor\"]"))
                    .get("/api/resource/Fulfillment Dispatch").then().statusCode(200)
                    .body("data", hasSize(1)).body("data[0].vendor", equalTo("shipstation"));
        } finally {
            Api.admin().request().delete("/api/resource/Fulfillment Routing Rule/" + rule).then().statusCode(202);
        }
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                        .body(Map.of("name", "Bad vendor " + TAG, "vendor", "fedex", "priority", 5))
                        .post("/api/resource/Fulfillment Routing Rule"),
                417, "ValidationError", "; got fedex.");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                        .body(Map.of("name", "Bad field " + TAG, "vendor", "shipstation", "priority", 5, "item_field", "item_name"))
                        .post("/api/resource/Fulfillment Routing Rule"),
                417, "ValidationError", "item_field must be an item mapping field");
        Api.TestUser officer = Api.newUser("Medgrid Marketplace Officer");
        officer.request().get("/api/resource/Fulfillment Routing Rule/PerfectRx OTC items").then().statusCode(200)
                .body("data.item_field", equalTo("perfectrx_drug_description"));
        Api.assertError(officer.request().contentType(ContentType.JSON).body(Map.of("priority", 99))
                .put("/api/resource/Fulfillment Routing Rule/PerfectRx OTC items"), 403, "PermissionError", "Medgrid Marketplace Admin");
        Api.assertError(partner.request().get("/api/resource/Fulfillment Dispatch"), 403, "PermissionError", "Medgrid Marketplace Officer");
    }

    @Test
    void theOrdersFulfillmentStatusFollowsItsShipments() {
        String order = submitted(PLAIN, HRT);
        JsonPath submitted = Api.admin().request().get("/api/resource/Sales Order/" + order).then().statusCode(200).extract().jsonPath();
        assertEquals("Not Shipped", submitted.getString("data.fulfillment_status"));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("sales_order", order, "lr_no", "LR-" + TAG, "transporter", "FEDEX"))
                .post("/api/resource/Delivery Note").then().statusCode(200);
        assertEquals("Partly Shipped", Api.admin().request().get("/api/resource/Sales Order/" + order).then().extract()
                .path("data.fulfillment_status"));
        partner.request().queryParam("sales_order", order).get("/api/method/medgrid.fulfillment_router.aggregate_shipments")
                .then().statusCode(200)
                .body("message.shipments.find { it.vendor == 'manual' }.status", equalTo("Shipped"))
                .body("message.shipments.find { it.vendor == 'manual' }.tracking_number", equalTo("LR-" + TAG))
                .body("message.shipments.find { it.vendor == 'manual' }.carrier", equalTo("FEDEX"));
    }

    @Test
    void onlyFailedDispatchesCanBeRetried() {
        String order = submitted(BOXED);
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("dispatch", order + "-shipstation"))
                .post("/api/method/medgrid.fulfillment_router.retry_dispatch"), 417, "ValidationError", "only failed dispatches");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("dispatch", "SO-1999-00001-shipstation"))
                .post("/api/method/medgrid.fulfillment_router.retry_dispatch"), 404, "DoesNotExistError", "not found");
        Api.assertError(partner.request().contentType(ContentType.JSON).body(Map.of("dispatch", order + "-shipstation"))
                .post("/api/method/medgrid.fulfillment_router.retry_dispatch"), 403, "PermissionError", "System Manager");
    }
}
