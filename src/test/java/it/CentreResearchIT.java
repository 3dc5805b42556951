package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Centre Research Peptides end to end against the built-in Centre Research sandbox: the managed
 * connection (its key checked first), an order routed by its centre_research_product_id placed with
 * the Sales Order's name as partnerOrderId, its status polled back through the stages (moved on by
 * the sandbox's control endpoint, never by waiting for it), and vendor faults, success:false inside
 * a 200 included, that delay or stop an order without losing it.
 */
class CentreResearchIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String WAREHOUSE = "Pep " + TAG + " - P" + TAG;
    private static final String ITEM = "BPC157-" + TAG;
    private static final String VARIANT = "cr-variant-bpc157-" + TAG.toLowerCase();
    private static final String CLINIC = "Peptide Clinic " + TAG;
    private static final String API_KEY = "cr-key-" + TAG;
    private static final String INVALID_KEY = "Centre Research refused the API key (HTTP 401): check centre_research_api_key.";
    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static Api.TestUser partner;

    @BeforeAll
    static void connectCentreResearch() {
        Api.insert("Company", Map.of("company_name", "Pep Co " + TAG, "abbr", "P" + TAG));
        Api.insert("Warehouse", Map.of("warehouse_name", "Pep " + TAG, "company", "Pep Co " + TAG));
        Api.insert("Price List", Map.of("price_list_name", "Pep Prices " + TAG));
        Api.insert("Item", Map.of("item_code", ITEM, "item_name", "BPC-157 5mg " + TAG, "centre_research_product_id", VARIANT));
        Api.insert("Item Price", Map.of("item_code", ITEM, "price_list", "Pep Prices " + TAG, "price_list_rate", 89));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", ITEM, "warehouse", WAREHOUSE, "qty", 1000))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        partner = Api.newUser("Customer");
        Api.insert("Customer", Map.of("customer_name", CLINIC, "portal_user", partner.email(), "email_id", "orders@pep-" + TAG.toLowerCase() + ".example",
                "default_price_list", "Pep Prices " + TAG));
        Api.insert("Address", Map.of("address_title", CLINIC, "address_type", "Shipping", "address_line1", "123 Main St",
                "city", "Austin", "state", "TX", "pincode", "78701", "customer", CLINIC));
        connect(API_KEY).then().statusCode(200).body("message.ok", equalTo(true)).body("message.integration", equalTo("centre_research"))
                .body("message.webhook_url", nullValue()) // it sends none: its status is polled
                .body("message.status", equalTo("connected"));
    }


    private static io.restassured.response.Response connect(String key) {
        return Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("integration_type", "centre_research", "centre_research_api_key", key,
                        "centre_research_api_url", Api.baseUri() + "/api/sandbox/centre_research"))
                .post("/api/method/medgrid.integrations.connect");
    }

    private static RequestSpecification sandbox() {
        return Api.request().header("X-API-Key", API_KEY).contentType(ContentType.JSON);
    }

    /** The next {@code count} orders placed fail as {@code mode} (the poll timer's status calls are left alone). */
    private static void fault(String mode, int count) {
        sandbox().body(Map.of("mode", mode, "count", count, "operation", "place")).post("/api/sandbox/centre_research/_sandbox/faults").then().statusCode(200);
    }

    private static void advance(String crOrderId, Map<String, Object> move) {
        Map<String, Object> body = new java.util.HashMap<>(move);
        body.put("orderId", crOrderId);
        sandbox().body(body).post("/api/sandbox/centre_research/_sandbox/advance").then().statusCode(200);
    }

    /** Asks Centre Research about this order now (the timer's batch may be busy with others). */
    private static void pollNow(String order) {
        Api.admin().request().queryParam("sales_order", order).get("/api/method/medgrid.centre_research.poll_cr_status").then().statusCode(200);
    }

    private static JsonPath syncNow() {
        return Api.admin().request().contentType(ContentType.JSON).body(Map.of("integration_type", "centre_research"))
                .post("/api/method/medgrid.integrations.sync_now").then().statusCode(200).extract().jsonPath();
    }

    private static String submitOrder(int qty) {
        return partner.request().contentType(ContentType.JSON)
                .body(Map.of("customer", CLINIC, "shipping_address_name", CLINIC + "-Shipping", "docstatus", 1,
                        "items", List.of(Map.of("item_code", ITEM, "qty", qty, "warehouse", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
    }

    private static JsonPath dispatch(String order) {
        return Api.admin().request().get("/api/resource/Fulfillment Dispatch/" + order + "-centre_research")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath salesOrder(String order) {
        return Api.admin().request().get("/api/resource/Sales Order/" + order).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitStatus(String order, String status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> status.equals(dispatch(order).getString("data.status")));
        return dispatch(order);
    }

    private static List<Map<String, Object>> sentAfterOneError(String order, String error) {
        List<Map<String, Object>> log = awaitStatus(order, "Sent").getList("data.attempt_log");
        assertEquals(List.of("Error", "Sent"), log.stream().map(a -> a.get("outcome")).toList(), log.toString());
        assertTrue(log.get(0).get("error").toString().contains(error), log.toString());
        return log;
    }

    @Test
    void anOrderIsPlacedAndItsStatusTrackingAndTierArePolledBackUntilDelivered() {
        String order = submitOrder(2);
        awaitStatus(order, "Sent");
        JsonPath placed = salesOrder(order);
        String crOrderId = placed.getString("data.cr_order_id");
        assertTrue(crOrderId.startsWith("cr-"), crOrderId);
        assertEquals("Pending", placed.getString("data.cr_status"));
        sandbox().get("/api/sandbox/centre_research/sales-channels/integration/orders/" + crOrderId).then().statusCode(200)
                .body("success", equalTo(true)).body("data.partnerOrderId", equalTo(order));

        advance(crOrderId, Map.of("status", "PROCESSING", "shippingTier", "2-Day Air"));
        pollNow(order);
        assertEquals("Processing", salesOrder(order).getString("data.cr_status"));
        assertEquals("2-Day Air", salesOrder(order).getString("data.cr_shipping_tier"));

        String tracking = "1ZCR" + TAG;
        advance(crOrderId, Map.of("status", "SHIPPED", "trackingNumber", tracking, "carrier", "UPS"));
        pollNow(order);
        JsonPath shipped = salesOrder(order);
        assertEquals("Shipped", shipped.getString("data.cr_status"));
        assertEquals(tracking, shipped.getString("data.cr_tracking_number"));
        assertEquals("UPS", shipped.getString("data.cr_carrier"));
        assertEquals("https://www.ups.com/track?tracknum=" + tracking, shipped.getString("data.cr_tracking_url"));
        assertEquals("2-Day Air", shipped.getString("data.cr_shipping_tier"));
        assertNotNull(shipped.getString("data.cr_sync_date"));
        assertEquals("Shipped", shipped.getString("data.fulfillment_status"));
        partner.request().queryParam("sales_order", order).get("/api/method/medgrid.fulfillment_router.aggregate_shipments")
                .then().statusCode(200)
                .body("message.shipments[0].vendor", equalTo("centre_research"))
                .body("message.shipments[0].vendor_label", equalTo("Centre Research Peptides"))
                .body("message.shipments[0].status", equalTo("Shipped"))
                .body("message.shipments[0].tracking_number", equalTo(tracking))
                .body("message.shipments[0].carrier", equalTo("UPS"));

        // a time Centre Research sends that cannot be read still lets the order move on along the lifecycle
        advance(crOrderId, Map.of("status", "DELIVERED", "updatedAt", "sometime tuesday"));
        Api.admin().request().queryParam("sales_order", order).get("/api/method/medgrid.centre_research.poll_cr_status")
                .then().statusCode(200).body("message.cr_status", equalTo("Delivered")).body("message.cr_order_id", equalTo(crOrderId))
                .body("message.cr_shipping_tier", equalTo("2-Day Air"));
        assertEquals("Delivered", salesOrder(order).getString("data.fulfillment_status"));
    }

    @Test
    void aResentOrderIsTheSameCentreResearchOrder() {
        String order = submitOrder(1);
        awaitStatus(order, "Sent");
        String crOrderId = salesOrder(order).getString("data.cr_order_id");
        Map<String, Object> resend = Map.of("partnerOrderId", order,
                "customer", Map.of("firstName", "Peptide Clinic", "lastName", TAG, "email", "x@example.com"),
                "shippingAddress", Map.of("firstName", "Peptide Clinic", "lastName", TAG, "address1", "123 Main St", "city", "Austin",
                        "state", "TX", "zip", "78701", "country", "US"),
                "items", List.of(Map.of("variantId", VARIANT, "quantity", 1)));
        for (int i = 0; i < 2; i++) {
            sandbox().body(resend).post("/api/sandbox/centre_research/sales-channels/integration/orders").then().statusCode(200)
                    .body("success", equalTo(true)).body("data.orderId", equalTo(crOrderId));
        }
    }

    @Test
    void aVendorThatIsDownSlowOrUnreadableDelaysTheOrderWithoutLosingIt() {
        // each takes the call and its 3 retries, so the relay's next attempt is what sends the order
        fault("http_503", 4);
        sentAfterOneError(submitOrder(1), "HTTP 503");
        fault("garbage", 4);
        sentAfterOneError(submitOrder(1), "malformed JSON");
        fault("timeout", 4);
        sentAfterOneError(submitOrder(1), "Centre Research Peptides did not answer");
    }

    @Test
    void aRateLimitedDispatchWaitsForRetryAfter() {
        fault("http_429", 1);
        List<Map<String, Object>> log = sentAfterOneError(submitOrder(1), "HTTP 429");
        assertTrue(log.get(0).get("error").toString().contains("retry in 6 s"), log.toString());
        Duration waited = Duration.between(LocalDateTime.parse(log.get(0).get("attempted_at").toString().substring(0, 19), WIRE),
                LocalDateTime.parse(log.get(1).get("attempted_at").toString().substring(0, 19), WIRE));
        assertTrue(waited.toSeconds() >= 5, "second attempt after " + waited + ", Retry-After was 6 s");
    }

    @Test
    void successFalseInsideA200RefusesTheOrderWithTheVendorsErrorAndItCanBeSentAgain() {
        fault("success_false", 1);
        String order = submitOrder(1);
        JsonPath failed = awaitStatus(order, "Failed");
        assertEquals("Centre Research refused the request: Variant out of stock", failed.getString("data.last_error"));
        assertEquals(1, failed.getInt("data.attempts"), "a refusal is not retried");

        JsonPath sync = syncNow();
        assertTrue(sync.getInt("message.stats.orders_pushed") >= 1, sync.prettify());
        assertEquals("Sent", dispatch(order).getString("data.status"));
        assertTrue(salesOrder(order).getString("data.cr_order_id").startsWith("cr-"));
    }

    @Test
    void aRefusedKeyBreaksTheConnectionAndOrdersWaitForIt() {
        fault("http_401", 1);
        String order = submitOrder(1);
        assertEquals(INVALID_KEY, awaitStatus(order, "Waiting").getString("data.last_error"));
        Api.admin().request().get("/api/method/medgrid.integrations.list_connections").then().statusCode(200)
                .body("message.integrations.find { it.id == 'centre_research' }.status", equalTo("error"))
                .body("message.integrations.find { it.id == 'centre_research' }.last_error", equalTo(INVALID_KEY));

        Api.admin().request().contentType(ContentType.JSON).body(Map.of("integration_type", "centre_research"))
                .post("/api/method/medgrid.integrations.test_connection").then().statusCode(200).body("message.ok", equalTo(true));
        awaitStatus(order, "Sent");
    }

    @Test
    void aKeyIsCheckedBeforeItIsSavedAndNeverReturned() {
        connect("invalid-" + TAG).then().statusCode(200).body("message.ok", equalTo(false))
                .body("message.error", equalTo(INVALID_KEY)).body("message.status", equalTo("error"));
        String listing = Api.admin().request().get("/api/method/medgrid.integrations.list_connections").then().statusCode(200)
                .body("message.integrations.find { it.id == 'centre_research' }.status", equalTo("connected"))
                .body("message.integrations.find { it.id == 'centre_research' }.credential_keys", equalTo(List.of("centre_research_api_key")))
                .body("message.integrations.find { it.id == 'centre_research' }.optional_credential_keys",
                        equalTo(List.of("centre_research_api_url")))
                .extract().asString();
        assertTrue(!listing.contains(API_KEY), listing);
        Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("integration_type", "centre_research", "centre_research_api_key", API_KEY,
                        "centre_research_api_url", Api.baseUri() + "/api/no-such-api"))
                .post("/api/method/medgrid.integrations.connect").then().statusCode(200).body("message.ok", equalTo(false))
                .body("message.error", startsWith("Centre Research's API is not at this URL"));
        Api.request().header("X-API-Key", "invalid-" + TAG).get("/api/sandbox/centre_research/sales-channels/integration/orders/x")
                .then().statusCode(401).body("success", equalTo(false));
    }
}
