package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SINQ Ops end to end against the built-in SINQ sandbox: the managed connection, an order routed
 * by its sinq_sku reaching SINQ once per reference, faults that delay an order without losing it,
 * and webhooks in both of SINQ's formats, verified by key and signature, applied once and never
 * backwards. Shipping is always asked for through the sandbox's controls, never waited for. The
 * webhook signatures this test makes itself are computed with the JDK, not the application's signer.
 */
class SinqIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String API_KEY = "sinq-key-" + TAG;
    private static final String WEBHOOK_KEY = "Sinq-Hook-" + TAG;
    private static final String WEBHOOK_SECRET = "sinq-secret-" + TAG;
    private static final String WAREHOUSE = "Sinq " + TAG + " - Q" + TAG;
    private static final String ITEM = "DHEA-" + TAG;
    private static final String CLINIC = "Sinq Clinic " + TAG;
    private static final String WEBHOOK = "/api/method/medgrid.sinq.webhook";
    private static Api.TestUser partner;

    @BeforeAll
    static void connectSinq() {
        Api.insert("Company", Map.of("company_name", "Sinq Co " + TAG, "abbr", "Q" + TAG));
        Api.insert("Warehouse", Map.of("warehouse_name", "Sinq " + TAG, "company", "Sinq Co " + TAG));
        Api.insert("Price List", Map.of("price_list_name", "Sinq Prices " + TAG));
        Api.insert("Item", Map.of("item_code", ITEM, "item_name", "DHEA 25mg " + TAG, "sinq_sku", "SINQ-DHEA-" + TAG));
        Api.insert("Item Price", Map.of("item_code", ITEM, "price_list", "Sinq Prices " + TAG, "price_list_rate", 22));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", ITEM, "warehouse", WAREHOUSE, "qty", 500))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        partner = Api.newUser("Customer");
        Api.insert("Customer", Map.of("customer_name", CLINIC, "portal_user", partner.email(), "default_price_list", "Sinq Prices " + TAG));
        Api.insert("Address", Map.of("address_title", CLINIC, "address_type", "Shipping", "address_line1", "123 Main St",
                "city", "Austin", "state", "TX", "pincode", "78701", "customer", CLINIC));

        connect(API_KEY).then().statusCode(200).body("message.ok", equalTo(true)).body("message.status", equalTo("connected"))
                .body("message.webhook_url", equalTo(Api.baseUri() + WEBHOOK));
        sandbox().body(Map.of("webhookKey", WEBHOOK_KEY, "webhookSecret", WEBHOOK_SECRET))
                .post("/api/sandbox/sinq/_sandbox/webhook").then().statusCode(200);
    }


    private static Response connect(String apiKey) {
        return Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("integration_type", "sinq", "sinq_api_url", Api.baseUri() + "/api/sandbox/sinq", "sinq_api_key", apiKey,
                        "sinq_webhook_key", WEBHOOK_KEY, "sinq_webhook_secret", WEBHOOK_SECRET))
                .post("/api/method/medgrid.integrations.connect");
    }

    private static RequestSpecification sandbox() {
        return Api.request().header("key", API_KEY).contentType(ContentType.JSON);
    }

    private static void fault(String mode, int count) {
        sandbox().body(Map.of("mode", mode, "count", count)).post("/api/sandbox/sinq/_sandbox/faults").then().statusCode(200);
    }

    private static String submitOrder() {
        return partner.request().contentType(ContentType.JSON)
                .body(Map.of("customer", CLINIC, "shipping_address_name", CLINIC + "-Shipping", "docstatus", 1,
                        "items", List.of(Map.of("item_code", ITEM, "qty", 2, "warehouse", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
    }

    private static JsonPath dispatch(String order) {
        return Api.admin().request().get("/api/resource/Fulfillment Dispatch/" + order + "-sinq").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath salesOrder(String order) {
        return Api.admin().request().get("/api/resource/Sales Order/" + order).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitSent(String order) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> "Sent".equals(dispatch(order).getString("data.status")));
        return dispatch(order);
    }

    private static void awaitStatus(String order, String status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> status.equals(salesOrder(order).getString("data.sinq_status")));
    }

    private static List<Map<String, Object>> sandboxOrders(String reference) {
        List<Map<String, Object>> orders = sandbox().get("/api/sandbox/sinq/_sandbox/orders").then().statusCode(200)
                .extract().jsonPath().getList("orders");
        return orders.stream().filter(o -> reference.equals(o.get("reference"))).toList();
    }

    private static String signature(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** A webhook as SINQ sends it: the key header and the body's signature. */
    private static Response webhook(String body) throws Exception {
        return Api.request().contentType(ContentType.JSON).header("key", WEBHOOK_KEY)
                .header("X-Webhook-Signature", signature(WEBHOOK_SECRET, body)).body(body).post(WEBHOOK);
    }

    private static String flat(String reference, String status) {
        return "{\"reference\":\"" + reference + "\",\"status\":\"" + status + "\"}";
    }

    @Test
    void anOrderReachesSinqShipsAndCompletesByWebhook() {
        String order = submitOrder();
        JsonPath sent = awaitSent(order);
        String transactionId = sent.getString("data.vendor_orders[0].vendor_order_id");
        assertTrue(transactionId.startsWith("sinq-txn-"), transactionId);
        JsonPath synced = salesOrder(order);
        assertEquals(order, synced.getString("data.sinq_reference"));
        assertEquals(transactionId, synced.getString("data.sinq_transaction_id"));
        assertEquals("Synced", synced.getString("data.sinq_status"));
        assertNotNull(synced.getString("data.sinq_sync_date"));
        List<Map<String, Object>> atSinq = sandboxOrders(order);
        assertEquals(1, atSinq.size());
        assertEquals(Map.of("serviceSKU", "SINQ-DHEA-" + TAG, "quantity", 2), ((List<?>) atSinq.get(0).get("lineItems")).get(0));
        assertEquals(Map.of("firstName", CLINIC, "address1", "123 Main St", "city", "Austin", "provinceCode", "TX", "zip", "78701",
                "countryCode", "US"), atSinq.get(0).get("shippingAddress"));

        String tracking = "1ZSINQ" + TAG;
        sandbox().body(Map.of("reference", order, "trackingNumber", tracking, "format", "flat"))
                .post("/api/sandbox/sinq/_sandbox/ship").then().statusCode(200)
                .body("status", equalTo("shipped")).body("format", equalTo("flat")).body("webhook", equalTo(Api.baseUri() + WEBHOOK));
        awaitStatus(order, "Shipped");
        JsonPath shipped = salesOrder(order);
        assertEquals(tracking, shipped.getString("data.sinq_tracking_number"));
        assertEquals("UPS", shipped.getString("data.sinq_carrier"));
        assertEquals("https://www.ups.com/track?tracknum=" + tracking, shipped.getString("data.sinq_tracking_url"));
        partner.request().queryParam("sales_order", order).get("/api/method/medgrid.fulfillment_router.aggregate_shipments")
                .then().statusCode(200)
                .body("message.shipments[0].vendor", equalTo("sinq"))
                .body("message.shipments[0].status", equalTo("Shipped"))
                .body("message.shipments[0].tracking_number", equalTo(tracking))
                .body("message.shipments[0].carrier", equalTo("UPS"))
                .body("message.shipments[0].tracking_url", equalTo("https://www.ups.com/track?tracknum=" + tracking));

        sandbox().body(Map.of("reference", order, "status", "completed", "format", "nested"))
                .post("/api/sandbox/sinq/_sandbox/status").then().statusCode(200).body("format", equalTo("nested"));
        awaitStatus(order, "Completed");
        assertEquals(tracking, salesOrder(order).getString("data.sinq_tracking_number"));
    }

    @Test
    void aShipmentInTheNestedFormatAndACompletionInTheFlatOneBothApply() throws Exception {
        String order = submitOrder();
        awaitSent(order);
        sandbox().body(Map.of("reference", order, "trackingNumber", "1ZNEST" + TAG, "carrier", "FedEx", "format", "nested"))
                .post("/api/sandbox/sinq/_sandbox/ship").then().statusCode(200).body("format", equalTo("nested"));
        awaitStatus(order, "Shipped");
        assertEquals("FedEx", salesOrder(order).getString("data.sinq_carrier"));
        assertEquals("1ZNEST" + TAG, salesOrder(order).getString("data.sinq_tracking_number"));
        webhook(flat(order, "completed")).then().statusCode(200).body("message.ok", equalTo(true));
        awaitStatus(order, "Completed");
    }

    @Test
    void aResentReferenceIsOneSinqOrder() {
        Map<String, Object> order = Map.of("reference", "DUP-" + TAG,
                "lineItems", List.of(Map.of("serviceSKU", "SINQ-X", "quantity", 1)),
                "shippingAddress", Map.of("firstName", "Jane", "address1", "1 Main St", "city", "Austin", "provinceCode", "TX",
                        "zip", "78701", "countryCode", "US"));
        String first = sandbox().body(order).post("/api/sandbox/sinq/api/receivers/orders/inbound").then().statusCode(201)
                .body("reference", equalTo("DUP-" + TAG)).extract().path("transactionId");
        sandbox().body(order).post("/api/sandbox/sinq/api/receivers/orders/inbound").then().statusCode(200)
                .body("transactionId", equalTo(first));
        assertEquals(1, sandboxOrders("DUP-" + TAG).size());

        // SINQ takes the order but its answer comes after MedGrid stopped waiting: the retry gets the same order
        fault("lost_answer", 1);
        String lost = submitOrder();
        JsonPath sent = awaitSent(lost);
        List<Map<String, Object>> log = sent.getList("data.attempt_log");
        assertEquals(List.of("Error", "Sent"), log.stream().map(a -> a.get("outcome")).toList(), log.toString());
        List<Map<String, Object>> atSinq = sandboxOrders(lost);
        assertEquals(1, atSinq.size(), atSinq.toString());
        assertEquals(atSinq.get(0).get("transactionId"), salesOrder(lost).getString("data.sinq_transaction_id"));
    }

    @Test
    void aSinqThatIsDownSlowOrGarbledDelaysTheOrderAndEveryAttemptIsRecorded() {
        Map<String, String> faults = Map.of("http_503", "HTTP 503", "timeout", "SINQ Ops did not answer", "garbage", "malformed JSON",
                "http_429", "HTTP 429");
        faults.forEach((mode, error) -> {
            fault(mode, 1);
            String order = submitOrder();
            List<Map<String, Object>> log = awaitSent(order).getList("data.attempt_log");
            assertEquals(List.of("Error", "Sent"), log.stream().map(a -> a.get("outcome")).toList(), mode + ": " + log);
            assertTrue(log.get(0).get("error").toString().contains(error), mode + ": " + log);
            assertEquals(1, sandboxOrders(order).size(), mode);
        });
    }

    @Test
    void anOrderSinqRefusesFailsForAdminsToSee() {
        fault("http_400", 1);
        String order = submitOrder();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> "Failed".equals(dispatch(order).getString("data.status")));
        assertTrue(dispatch(order).getString("data.last_error").startsWith("SINQ Ops refused the request (HTTP 400)"),
                dispatch(order).getString("data.last_error"));
        assertTrue(sandboxOrders(order).isEmpty());
    }

    @Test
    void aRefusedKeyBreaksTheConnectionAndTheOrderWaitsForIt() {
        fault("http_401", 1);
        String order = submitOrder();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> "Waiting".equals(dispatch(order).getString("data.status")));
        assertEquals("SINQ Ops refused the API key (HTTP 401): check sinq_api_key.", dispatch(order).getString("data.last_error"));
        Api.admin().request().get("/api/method/medgrid.integrations.list_connections").then().statusCode(200)
                .body("message.integrations.find { it.id == 'sinq' }.status", equalTo("error"));

        Api.admin().request().contentType(ContentType.JSON).body(Map.of("integration_type", "sinq"))
                .post("/api/method/medgrid.integrations.test_connection").then().statusCode(200).body("message.ok", equalTo(true));
        awaitSent(order);
        assertEquals(1, sandboxOrders(order).size());
    }

    @Test
    void webhooksNeedTheKeyAndTheSignature() throws Exception {
        String order = submitOrder();
        awaitSent(order);
        String shipped = flat(order, "shipped");
        Api.assertError(Api.request().contentType(ContentType.JSON).header("X-Webhook-Signature", signature(WEBHOOK_SECRET, shipped))
                .body(shipped).post(WEBHOOK), 401, "AuthenticationError", "key header");
        Api.assertError(Api.request().contentType(ContentType.JSON).header("key", WEBHOOK_KEY.toLowerCase())
                .header("X-Webhook-Signature", signature(WEBHOOK_SECRET, shipped)).body(shipped).post(WEBHOOK), 401, "AuthenticationError", "key header");
        Api.assertError(Api.request().contentType(ContentType.JSON).header("key", WEBHOOK_KEY).body(shipped).post(WEBHOOK),
                401, "AuthenticationError", "Missing X-Webhook-Signature");
        Api.assertError(Api.request().contentType(ContentType.JSON).header("key", WEBHOOK_KEY)
                .header("X-Webhook-Signature", signature("wrong-secret", shipped)).body(shipped).post(WEBHOOK), 401, "AuthenticationError",
                "Invalid X-Webhook-Signature");
        Api.assertError(Api.request().contentType(ContentType.JSON).header("key", WEBHOOK_KEY)
                .header("X-Webhook-Signature", signature(WEBHOOK_SECRET, shipped)).body(flat(order, "completed")).post(WEBHOOK),
                401, "AuthenticationError", "Invalid X-Webhook-Signature");
        assertEquals("Synced", salesOrder(order).getString("data.sinq_status"), "a refused webhook must change nothing");

        Api.assertError(webhook("not json"), 400, "BadRequestError", "not a JSON object");
        Api.assertError(webhook(flat("SO-NOWHERE-" + TAG, "shipped")), 404, "DoesNotExistError", "No SINQ Ops order with reference SO-NOWHERE-" + TAG);
        Api.assertError(webhook(flat(order, "lost")), 417, "ValidationError", "Unknown SINQ status lost");
        List<Object> stored = Api.admin().request()
                .queryParams(Map.of("filters", "[[\"source\",\"=\",\"sinq\"],[\"body\",\"like\",\"%NOWHERE-" + TAG + "%\"]]", "fields", "[\"name\"]"))
                .get("/api/resource/Webhook Inbox").then().statusCode(200).extract().jsonPath().getList("data");
        assertEquals(List.of(), stored, "a refused webhook must not reach the inbox");
    }

    @Test
    void aDuplicateIsAcknowledgedOnceAndOlderNewsNeverMovesAnOrderBack() throws Exception {
        String order = submitOrder();
        awaitSent(order);
        String shipped = "{\"type\":\"order.shipped\",\"data\":{\"reference\":\"" + order + "\",\"tracking\":{\"trackingNumber\":\"1ZDUP"
                + TAG + "\",\"trackingUrl\":\"https://track.example/1ZDUP" + TAG + "\",\"shipBy\":\"USPS\"}}}";
        webhook(shipped).then().statusCode(200).body("message.ok", equalTo(true)).body("message.duplicate", equalTo(false));
        webhook(shipped).then().statusCode(200).body("message.ok", equalTo(true)).body("message.duplicate", equalTo(true));
        awaitStatus(order, "Shipped");
        assertEquals("USPS", salesOrder(order).getString("data.sinq_carrier"));

        webhook(flat(order, "pending")).then().statusCode(200).body("message.duplicate", equalTo(false));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(250))
                .until(() -> "Shipped".equals(salesOrder(order).getString("data.sinq_status")));
        List<Object> processed = Api.admin().request()
                .queryParams(Map.of("filters", "[[\"source\",\"=\",\"sinq\"],[\"body\",\"like\",\"%" + order + "%\"]]", "fields", "[\"status\"]"))
                .get("/api/resource/Webhook Inbox").then().statusCode(200).extract().jsonPath().getList("data.status");
        assertEquals(List.of("Processed", "Processed"), processed, "one message per distinct event, each applied once");
    }

    @Test
    void credentialsAreCheckedBeforeTheyAreSavedAndNeverReturned() {
        connect("invalid-" + TAG).then().statusCode(200).body("message.ok", equalTo(false))
                .body("message.error", equalTo("SINQ Ops refused the API key (HTTP 401): check sinq_api_key."));
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("integration_type", "sinq", "sinq_api_key", "k"))
                .post("/api/method/medgrid.integrations.connect"), 417, "ValidationError",
                "sinq_api_url, sinq_api_key, sinq_webhook_key are all required.");
        Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("integration_type", "sinq", "sinq_api_url", "not a url", "sinq_api_key", API_KEY, "sinq_webhook_key", WEBHOOK_KEY))
                .post("/api/method/medgrid.integrations.connect").then().statusCode(200)
                .body("message.ok", equalTo(false)).body("message.error", startsWith("sinq_api_url must be an http(s) URL"));
        String listing = Api.admin().request().get("/api/method/medgrid.integrations.list_connections").then().statusCode(200)
                .body("message.integrations.find { it.id == 'sinq' }.status", equalTo("connected"))
                .body("message.integrations.find { it.id == 'sinq' }.label", equalTo("SINQ Ops"))
                .body("message.integrations.find { it.id == 'sinq' }.credential_keys",
                        equalTo(List.of("sinq_api_url", "sinq_api_key", "sinq_webhook_key")))
                .body("message.integrations.find { it.id == 'sinq' }.optional_credential_keys", equalTo(List.of("sinq_webhook_secret")))
                .extract().asString();
        assertFalse(listing.contains(WEBHOOK_SECRET) || listing.contains(API_KEY), listing);
    }
}
