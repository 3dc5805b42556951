package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's first order, with no manual step: the demo partner orders from every sandbox vendor's
 * warehouse, and each vendor's simulator takes its part, ships it by itself and reports back, so the
 * order shows every vendor Shipped with tracking, on the Sales Order and in aggregate_shipments.
 */
class DemoLifecycleIT {

    /** Each demo vendor's warehouse, a product it ships from there, and the prefix of its Sales Order fields. */
    private static final List<List<String>> VENDORS = List.of(
            List.of("shipstation", "ShipStation Warehouse - SM", "VD3", "shipstation"),
            List.of("perfectrx", "PerfectRx Pharmacy - SM", "NAD", "perfectrx"),
            List.of("sinq", "SINQ Ops - SM", "DHEA", "sinq"),
            List.of("centre_research", "Centre Research - SM", "BPC157", "cr"),
            List.of("exoceuticals", "Exoceuticals Warehouse - SM", "EXO-HYAL", "exoceuticals"),
            List.of("shopify", "Skydell Shopify Store - SM", "SKY-COLL", "shopify"),
            List.of("pharmaone", "PharmaOne Pharmacy - SM", "B12LOZ", "pharmaone"));

    @Test
    void aNewcomersFirstOrderReachesTrackingAtEveryVendor() {
        Demo.connectDemoAccounts();
        String order = Demo.order(VENDORS.stream().map(v -> Demo.line(v.get(2), v.get(1))).toList());

        String[] keys = VENDORS.stream().map(v -> v.get(0)).toArray(String[]::new);
        JsonPath shipments = Demo.awaitShipped(order, keys);
        List<Map<String, Object>> rows = shipments.getList("message.shipments");
        assertEquals(List.of(keys).stream().sorted().toList(), rows.stream().map(r -> r.get("vendor")).sorted().toList());

        JsonPath salesOrder = Api.admin().request().get("/api/resource/Sales Order/" + order).then().statusCode(200).extract().jsonPath();
        for (List<String> vendor : VENDORS) {
            String prefix = "data." + vendor.get(3);
            assertTrue(Demo.SHIPPED.contains(salesOrder.getString(prefix + "_status")), vendor.get(0) + ": " + salesOrder.getString(prefix + "_status"));
            assertNotNull(salesOrder.getString(prefix + "_tracking_number"), vendor.get(0));
        }
        assertNotNull(salesOrder.getString("data.cr_shipping_tier"), "Centre Research's shipping tier");
        assertTrue(Demo.SHIPPED.contains(salesOrder.getString("data.fulfillment_status").replace("Partly ", "")),
                salesOrder.getString("data.fulfillment_status"));
        theSandboxReceiverHeardOf(order);
    }

    /**
     * The demo vendor's portal has work in it from the first start: the demo month's orders of the product
     * it ships itself (the only earlier orders with its lines), the older ones marked shipped by the vendor,
     * the last two waiting for it on MedGrid's manual route.
     */
    @Test
    void theDemoVendorHasOrdersOfItsOwnToShip() {
        Api.Session vendor = Api.session("vendor@medgrid.local", "demo-vendor");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String filters = "[[\"transaction_date\",\"between\",[\"" + today.minusDays(12) + "\",\"" + today.minusDays(1) + "\"]]]";
        List<String> orders = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> vendor.request()
                .queryParam("filters", filters).queryParam("order_by", "transaction_date asc")
                .get("/api/resource/Sales Order").then().statusCode(200).extract().jsonPath().getList("data.name", String.class),
                names -> names.size() == 5);
        List<String> shipments = orders.stream().map(order -> vendor.request().queryParam("sales_order", order)
                .get("/api/method/medgrid.fulfillment_router.aggregate_shipments").then().statusCode(200).extract().jsonPath()
                .getList("message.shipments.collect { it.vendor + ' ' + it.status }", String.class).toString()).toList();
        String shipped = "[manual Shipped]";
        String waiting = "[manual Manual]";
        assertEquals(List.of(shipped, shipped, shipped, waiting, waiting), shipments);
    }

    /**
     * A prescription ordered for the demo patient without a prescriber: the demo clinician of MD
     * Integrations' simulator reviews and approves the case by itself, and the line goes on to
     * PerfectRx with the clinician as prescriber, which ships it.
     */
    @Test
    void aPrescriptionWithoutAPrescriberReachesTrackingThroughTheDemoClinician() {
        Demo.connectDemoAccounts();
        String order = Api.session(Demo.PARTNER, Demo.PARTNER_PASSWORD).request().contentType(ContentType.JSON)
                .body(Map.of("customer", "Jordan Rivers", "docstatus", 1, "items", List.of(Demo.line("SEMA", "PerfectRx Pharmacy - SM"))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
        Demo.awaitShipped(order, "perfectrx");
        JsonPath salesOrder = Api.admin().request().get("/api/resource/Sales Order/" + order).then().statusCode(200).extract().jsonPath();
        assertEquals("Approved", salesOrder.getString("data.mdi_status"));
        assertEquals("1234567893", salesOrder.getString("data.prescriber_npi"), "the demo clinician prescribes");
        assertEquals("Dr. Avery Lin", salesOrder.getString("data.mdi_clinician_name"));
    }

    /**
     * The demo partner's webhook subscription (demo data) delivers to the sandbox's receiver, so the
     * order's events show there with nothing set up. (A database whose demo data predates that
     * subscription has none, and nothing to check.)
     */
    private static void theSandboxReceiverHeardOf(String order) {
        List<String> demoSubscriptions = Api.admin().request().queryParams(Map.of("filters",
                        "[[\"url\", \"like\", \"%/api/sandbox/webhook-receiver\"], [\"owner\", \"=\", \"" + Demo.PARTNER + "\"]]"))
                .get("/api/resource/Webhook Subscription").then().statusCode(200).extract().jsonPath().getList("data.name");
        if (demoSubscriptions.isEmpty()) {
            return;
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> Api.request()
                .get("/api/sandbox/webhook-receiver").then().statusCode(200).extract().jsonPath().getList("deliveries.body", String.class)
                .stream().anyMatch(body -> body.contains("\"" + order + "\"") && body.contains("\"order.shipped\"")));
    }
}
