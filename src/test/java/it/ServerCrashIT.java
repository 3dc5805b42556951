package it;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A 200 means durable, on H2 as on PostgreSQL: orders and webhooks the server confirmed are all
 * there after its JVM is killed (no shutdown, nothing flushed) and started again. Runs in its own
 * failsafe execution after the other tests, since it restarts the server under them.
 */
class ServerCrashIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String WAREHOUSE = "Crash " + TAG + " - K" + TAG;
    private static final String ITEM = "CRASH-" + TAG;
    private static final String SHIPPED_ITEM = "CRASH-SHIP-" + TAG;
    private static final String KEY = "crash-" + TAG;
    private static final String CLINIC = "Crash Clinic " + TAG;
    private static Api.TestUser partner;
    private static String webhookUrl;

    @BeforeAll
    static void market() {
        Api.insert("Company", Map.of("company_name", "Crash Co " + TAG, "abbr", "K" + TAG));
        Api.insert("Warehouse", Map.of("warehouse_name", "Crash " + TAG, "company", "Crash Co " + TAG));
        Api.insert("Price List", Map.of("price_list_name", "Crash Prices " + TAG));
        Api.insert("Item", Map.of("item_code", ITEM, "item_name", "Crash Swabs " + TAG));
        Api.insert("Item Price", Map.of("item_code", ITEM, "price_list", "Crash Prices " + TAG, "price_list_rate", 3));
        partner = Api.newUser("Customer");
        Api.insert("Customer", Map.of("customer_name", CLINIC, "portal_user", partner.email(), "default_price_list", "Crash Prices " + TAG));
        Api.TestUser vendor = Api.newUser("Vendor");
        Api.insert("Vendor Profile", Map.of("vendor_name", "Crash Vendor " + TAG, "vendor_user", vendor.email(), "status", "Approved"));
        Api.insert("Item", Map.of("item_code", SHIPPED_ITEM, "item_name", "Crash Gloves " + TAG, "shipstation_product_id", "SS-CRASH-" + TAG,
                "default_supplier", "Crash Vendor " + TAG));
        Api.insert("Item Price", Map.of("item_code", SHIPPED_ITEM, "price_list", "Crash Prices " + TAG, "price_list_rate", 7));
        for (String item : List.of(ITEM, SHIPPED_ITEM)) {
            Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", item, "warehouse", WAREHOUSE, "qty", 10_000))
                    .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        }
        webhookUrl = vendor.request().contentType(ContentType.JSON).body(Map.of("api_key", KEY, "api_secret", KEY))
                .post("/api/method/medgrid.integrations.connect_shipstation").then().statusCode(200).extract().path("message.webhook_url");
    }


    private static String submitOrder(int qty) {
        return submitOrder(ITEM, qty);
    }

    private static String submitOrder(String item, int qty) {
        return partner.request().contentType(ContentType.JSON)
                .body(Map.of("customer", CLINIC, "docstatus", 1, "items", List.of(Map.of("item_code", item, "qty", qty, "warehouse", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
    }

    private static List<Object> attemptOutcomes(String order) {
        return Api.admin().request().get("/api/resource/Fulfillment Dispatch/" + order + "-shipstation").then().statusCode(200)
                .extract().jsonPath().getList("data.attempt_log.outcome");
    }

    @Test
    void aDispatchInFlightWhenTheServerDiesIsSentAgainAndBothAttemptsAreLogged() throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((KEY + ":" + KEY).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Api.request().header("Authorization", "Basic " + basic).contentType(ContentType.JSON).body(Map.of("mode", "timeout", "count", 1))
                .post("/api/sandbox/shipstation/_sandbox/faults").then().statusCode(200);
        String order = submitOrder(SHIPPED_ITEM, 1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> List.of("Sending").equals(attemptOutcomes(order)));

        LibertyServer.kill();
        LibertyServer.start();

        // the claim lapses (20 s in the development build) and a sweep sends it again
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> "Sent".equals(
                Api.admin().request().get("/api/resource/Fulfillment Dispatch/" + order + "-shipstation").then().extract().path("data.status")));
        assertEquals(List.of("Interrupted", "Sent"), attemptOutcomes(order), "the try cut short by the crash is on record");
    }

    @Test
    void confirmedOrdersAndWebhooksSurviveAKilledServer() throws Exception {
        Map<String, Integer> confirmed = new LinkedHashMap<>();
        for (int qty = 1; qty <= 30; qty++) {
            confirmed.put(submitOrder(qty), qty * 3);
        }
        String path = webhookUrl.substring(webhookUrl.indexOf("/api/"));
        List<String> resources = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String resource = Api.baseUri() + "/api/sandbox/shipstation/shipments?orderId=" + TAG.hashCode() + i;
            Api.request().contentType(ContentType.JSON).body(Map.of("resource_url", resource, "resource_type", "SHIP_NOTIFY"))
                    .post(path).then().statusCode(200).body("message.duplicate", equalTo(false));
            resources.add(resource);
        }

        LibertyServer.kill();
        LibertyServer.start();

        confirmed.forEach((order, total) -> Api.admin().request().get("/api/resource/Sales Order/" + order).then().statusCode(200)
                .body("data.docstatus", equalTo(1))
                .body("data.grand_total", equalTo(total)));
        String after = submitOrder(1);
        assertFalse(confirmed.containsKey(after), "the naming series never hands out a confirmed order's name again");
        for (String resource : resources) {
            List<Object> stored = Api.admin().request()
                    .queryParams(Map.of("fields", "[\"name\"]", "filters", "[[\"body\", \"like\", \"%" + resource + "%\"]]"))
                    .get("/api/resource/Webhook Inbox").then().statusCode(200).extract().jsonPath().getList("data");
            assertEquals(1, stored.size(), "acknowledged webhook for " + resource + " is stored");
        }
        BigDecimal reserved = new BigDecimal(Api.admin().request().get("/api/resource/Bin/" + ITEM + " - " + WAREHOUSE)
                .then().statusCode(200).extract().path("data.reserved_qty").toString());
        assertEquals(0, reserved.compareTo(BigDecimal.valueOf(30 * 31 / 2 + 1)), "every confirmed reservation is kept");
    }

    /** The README's demo after a restart: the sandbox remembers its orders, so a new order gets its own vendor order and tracking. */
    @Test
    void theDemoShipsANewOrderWithItsOwnTrackingAfterARestart() throws Exception {
        String first = Demo.order(List.of(Demo.line("VD3", "ShipStation Warehouse - SM")));
        Demo.awaitShipped(first, "shipstation");
        Map<String, Object> before = shipStationFields(first);

        LibertyServer.kill();
        LibertyServer.start();

        String second = Demo.order(List.of(Demo.line("VD3", "ShipStation Warehouse - SM")));
        Demo.awaitShipped(second, "shipstation");
        Map<String, Object> after = shipStationFields(second);
        assertNotEquals(before.get("shipstation_order_id"), after.get("shipstation_order_id"), "a vendor order id handed out before the restart");
        assertNotEquals(before.get("shipstation_tracking_number"), after.get("shipstation_tracking_number"));
        assertEquals(before, shipStationFields(first), "the first order's tracking is its own still");
    }

    private static Map<String, Object> shipStationFields(String order) {
        Map<String, Object> data = Api.admin().request().get("/api/resource/Sales Order/" + order).then().statusCode(200)
                .extract().jsonPath().getMap("data");
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String field : List.of("shipstation_order_id", "shipstation_status", "shipstation_tracking_number")) {
            fields.put(field, data.get(field));
        }
        return fields;
    }
}
