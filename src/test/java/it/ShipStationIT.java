package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ShipStation end to end against the built-in ShipStation sandbox: a vendor connects its account,
 * a submitted order reaches ShipStation through the outbox, ShipStation's webhook brings tracking
 * back, and vendor faults (503, 429, garbage) delay an order without losing it.
 */
class ShipStationIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String WAREHOUSE = "Ship " + TAG + " - H" + TAG;
    private static final String ITEM = "SHIP-" + TAG;
    private static final String VENDOR = "Ship Vendor " + TAG;
    private static final String CLINIC = "Ship Clinic " + TAG;
    private static final String API_KEY = "key-" + TAG;
    private static final String API_SECRET = "secret-" + TAG;
    private static Api.TestUser vendor;
    private static Api.TestUser partner;
    private static String webhookUrl;

    @BeforeAll
    static void connectAVendor() {
        Api.insert("Company", Map.of("company_name", "Ship Co " + TAG, "abbr", "H" + TAG));
        Api.insert("Warehouse", Map.of("warehouse_name", "Ship " + TAG, "company", "Ship Co " + TAG));
        Api.insert("Price List", Map.of("price_list_name", "Ship Prices " + TAG));
        vendor = Api.approvedVendor(VENDOR);
        Api.insert("Item", Map.of("item_code", ITEM, "item_name", "Exam Gloves " + TAG, "shipstation_product_id", "SS-GLOVE-" + TAG,
                "default_supplier", VENDOR));
        Api.insert("Item Price", Map.of("item_code", ITEM, "price_list", "Ship Prices " + TAG, "price_list_rate", 74.5));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", ITEM, "warehouse", WAREHOUSE, "qty", 500))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        partner = Api.newUser("Customer");
        Api.insert("Customer", Map.of("customer_name", CLINIC, "portal_user", partner.email(), "email_id", "orders@clinic-" + TAG.toLowerCase() + ".example",
                "default_price_list", "Ship Prices " + TAG));
        Api.insert("Address", Map.of("address_title", CLINIC, "address_type", "Shipping", "address_line1", "123 Main St",
                "city", "Austin", "state", "TX", "pincode", "78701", "customer", CLINIC));

        webhookUrl = connect(API_KEY, API_SECRET).then().statusCode(200)
                .body("message.ok", equalTo(true)).body("message.integration", equalTo("shipstation"))
                .body("message.status", equalTo("connected"))
                .extract().path("message.webhook_url");
    }


    private static Response connect(String key, String secret) {
        return vendor.request().contentType(ContentType.JSON).body(Map.of("api_key", key, "api_secret", secret))
                .post("/api/method/medgrid.integrations.connect_shipstation");
    }

    private static RequestSpecification sandbox() {
        String basic = Base64.getEncoder().encodeToString((API_KEY + ":" + API_SECRET).getBytes(StandardCharsets.UTF_8));
        return Api.request().header("Authorization", "Basic " + basic).contentType(ContentType.JSON);
    }

    private static void fault(String mode, int count) {
        sandbox().body(Map.of("mode", mode, "count", count)).post("/api/sandbox/shipstation/_sandbox/faults").then().statusCode(200);
    }

    /** Faults for the next orders placed only: MedGrid's tracking polls meanwhile must not take them. */
    private static void dispatchFault(String mode, int count) {
        sandbox().body(Map.of("mode", mode, "count", count, "operation", "orders/createorder"))
                .post("/api/sandbox/shipstation/_sandbox/faults").then().statusCode(200);
    }

    private static String submitOrder(int qty) {
        return partner.request().contentType(ContentType.JSON)
                .body(Map.of("customer", CLINIC, "shipping_address_name", CLINIC + "-Shipping", "docstatus", 1,
                        "items", List.of(Map.of("item_code", ITEM, "qty", qty, "warehouse", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
    }

    private static JsonPath dispatch(String order) {
        return Api.admin().request().get("/api/resource/Fulfillment Dispatch/" + order + "-shipstation")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath salesOrder(String order) {
        return Api.admin().request().get("/api/resource/Sales Order/" + order).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitSent(String order) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> "Sent".equals(dispatch(order).getString("data.status")));
        return dispatch(order);
    }

    @Test
    void anOrderReachesShipStationAndTrackingComesBackByWebhook() {
        String order = submitOrder(2);
        JsonPath sent = awaitSent(order);
        String shipstationId = sent.getString("data.vendor_orders[0].vendor_order_id");
        JsonPath so = salesOrder(order);
        assertEquals(shipstationId, so.getString("data.shipstation_order_id"));
        assertEquals("Awaiting Shipment", so.getString("data.shipstation_status"));

        String tracking = sandbox().body(Map.of("orderKey", order)).post("/api/sandbox/shipstation/_sandbox/ship")
                .then().statusCode(200).body("orderId", equalTo(Long.parseLong(shipstationId)))
                .extract().path("trackingNumber");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> "Shipped".equals(salesOrder(order).getString("data.shipstation_status")));
        JsonPath shipped = salesOrder(order);
        assertEquals(tracking, shipped.getString("data.shipstation_tracking_number"));
        assertEquals("ups", shipped.getString("data.shipstation_carrier"));
        assertEquals("Shipped", shipped.getString("data.fulfillment_status"));

        partner.request().queryParam("sales_order", order).get("/api/method/medgrid.fulfillment_router.aggregate_shipments")
                .then().statusCode(200)
                .body("message.shipments[0].vendor", equalTo("shipstation"))
                .body("message.shipments[0].status", equalTo("Shipped"))
                .body("message.shipments[0].tracking_number", equalTo(tracking))
                .body("message.shipments[0].carrier", equalTo("ups"))
                .body("message.shipments[0].tracking_url", equalTo("https://www.ups.com/track?tracknum=" + tracking));
        List<Map<String, Object>> notes = Api.admin().request()
                .queryParams(Map.of("filters", "[[\"sales_order\",\"=\",\"" + order + "\"]]", "fields", "[\"lr_no\",\"transporter\"]"))
                .get("/api/resource/Delivery Note").then().statusCode(200).extract().jsonPath().getList("data");
        assertEquals(List.of(Map.of("lr_no", tracking, "transporter", "UPS")), notes);
    }

    @Test
    void ordersWaitingForAConnectionGoOutWhenTheVendorConnectsAndSyncNowPushesAndPulls() {
        Api.TestUser late = Api.newUser("Vendor");
        String lateVendor = "Late Vendor " + TAG;
        String lateItem = "LATE-" + TAG;
        Api.insert("Vendor Profile", Map.of("vendor_name", lateVendor, "vendor_user", late.email(), "status", "Approved"));
        Api.insert("Item", Map.of("item_code", lateItem, "item_name", "Gauze Pads " + TAG, "shipstation_product_id", "SS-GAUZE-" + TAG,
                "default_supplier", lateVendor));
        Api.insert("Item Price", Map.of("item_code", lateItem, "price_list", "Ship Prices " + TAG, "price_list_rate", 9));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", lateItem, "warehouse", WAREHOUSE, "qty", 50))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        java.util.function.Supplier<String> order = () -> partner.request().contentType(ContentType.JSON)
                .body(Map.of("customer", CLINIC, "shipping_address_name", CLINIC + "-Shipping", "docstatus", 1,
                        "items", List.of(Map.of("item_code", lateItem, "qty", 3, "warehouse", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
        String waiting = order.get();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> "Waiting".equals(dispatch(waiting).getString("data.status")));

        // connecting releases what waited for it at once, not at the next recheck minutes later
        String key = "late-key-" + TAG;
        late.request().contentType(ContentType.JSON).body(Map.of("api_key", key, "api_secret", "late-secret"))
                .post("/api/method/medgrid.integrations.connect_shipstation").then().statusCode(200).body("message.ok", equalTo(true));
        awaitSent(waiting);

        // a push the vendor refuses fails; sync_now says why and pushes it once the vendor takes it
        String lateBasic = Base64.getEncoder().encodeToString((key + ":late-secret").getBytes(StandardCharsets.UTF_8));
        RequestSpecification lateSandbox = Api.request().header("Authorization", "Basic " + lateBasic).contentType(ContentType.JSON);
        lateSandbox.body(Map.of("mode", "http_400", "count", 2)).post("/api/sandbox/shipstation/_sandbox/faults").then().statusCode(200);
        String refused = order.get();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> "Failed".equals(dispatch(refused).getString("data.status")));
        late.request().contentType(ContentType.JSON).body(Map.of("integration_type", "shipstation"))
                .post("/api/method/medgrid.integrations.sync_now").then().statusCode(200)
                .body("message.ok", equalTo(false)).body("message.stats.orders_pushed", equalTo(0))
                .body("message.stats.round_trip_ok", equalTo(false))
                .body("message.stats.push_errors[0]", startsWith(refused + "-shipstation: ShipStation refused the request (HTTP 400)"));
        late.request().contentType(ContentType.JSON).body(Map.of("integration_type", "shipstation"))
                .post("/api/method/medgrid.integrations.sync_now").then().statusCode(200)
                .body("message.ok", equalTo(true)).body("message.stats.orders_pushed", equalTo(1))
                .body("message.stats.push_errors", equalTo(List.of()));
        assertEquals("Sent", dispatch(refused).getString("data.status"));

        lateSandbox.body(Map.of("orderKey", refused, "notify", false)).post("/api/sandbox/shipstation/_sandbox/ship").then().statusCode(200);
        late.request().contentType(ContentType.JSON).body(Map.of("integration_type", "shipstation"))
                .post("/api/method/medgrid.integrations.sync_now").then().statusCode(200)
                .body("message.stats.orders_pushed", equalTo(0)).body("message.stats.tracking_pulled", equalTo(1))
                .body("message.stats.round_trip_ok", equalTo(true));
        assertEquals("Shipped", salesOrder(refused).getString("data.shipstation_status"));
        late.request().get("/api/method/medgrid.integrations.list_connections").then().statusCode(200)
                .body("message.integrations.find { it.id == 'shipstation' }.stats.tracking_pulled", equalTo(1));
    }

    /** A SHIP_NOTIFY is a pointer: the same resource_url shows a later shipment too, and that one must not be dropped. */
    @Test
    void twoShipNotificationsWithTheSameResourceUrlBothApply() {
        String order = submitOrder(2);
        awaitSent(order);
        sandbox().body(Map.of("orderKey", order, "trackingNumber", "1ZFIRST" + TAG)).post("/api/sandbox/shipstation/_sandbox/ship")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> ("1ZFIRST" + TAG).equals(salesOrder(order).getString("data.shipstation_tracking_number")));
        sandbox().body(Map.of("orderKey", order, "trackingNumber", "1ZSECOND" + TAG)).post("/api/sandbox/shipstation/_sandbox/ship")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> ("1ZSECOND" + TAG).equals(salesOrder(order).getString("data.shipstation_tracking_number")));
        List<Object> notes = Api.admin().request()
                .queryParams(Map.of("filters", "[[\"sales_order\",\"=\",\"" + order + "\"]]", "fields", "[\"lr_no\"]", "order_by", "lr_no asc"))
                .get("/api/resource/Delivery Note").then().statusCode(200).extract().jsonPath().getList("data.lr_no");
        assertEquals(List.of("1ZFIRST" + TAG, "1ZSECOND" + TAG), notes);
    }

    @Test
    void aResentOrderUpdatesTheShipStationOrderInsteadOfDuplicatingIt() {
        Map<String, Object> order = Map.of("orderNumber", "DUP-" + TAG, "orderKey", "DUP-" + TAG, "orderDate", "2026-06-01",
                "items", List.of(Map.of("sku", "X", "quantity", 1, "unitPrice", 1)));
        long first = sandbox().body(order).post("/api/sandbox/shipstation/orders/createorder").then().statusCode(200).extract().jsonPath().getLong("orderId");
        long second = sandbox().body(order).post("/api/sandbox/shipstation/orders/createorder").then().statusCode(200).extract().jsonPath().getLong("orderId");
        assertEquals(first, second);
        sandbox().get("/api/sandbox/shipstation/orders").then().statusCode(200)
                .header("X-Rate-Limit-Limit", "40").header("X-Rate-Limit-Remaining", notNullValue());
    }

    @Test
    void aVendorThatIsDownDelaysTheOrderAndEveryAttemptIsRecorded() {
        dispatchFault("http_503", 1);
        String order = submitOrder(1);
        JsonPath sent = awaitSent(order);
        List<Map<String, Object>> attempts = sent.getList("data.attempt_log");
        assertEquals(List.of("Error", "Sent"), attempts.stream().map(a -> a.get("outcome")).toList(), attempts.toString());
        assertTrue(attempts.get(0).get("error").toString().contains("HTTP 503"), attempts.toString());
        assertEquals(2, sent.getInt("data.attempts"));

        dispatchFault("garbage", 1);
        String second = submitOrder(1);
        List<Map<String, Object>> log = awaitSent(second).getList("data.attempt_log");
        assertTrue(log.get(0).get("error").toString().contains("malformed JSON"), log.toString());

        dispatchFault("timeout", 1);
        String third = submitOrder(1);
        List<Map<String, Object>> timedOut = awaitSent(third).getList("data.attempt_log");
        assertTrue(timedOut.get(0).get("error").toString().contains("ShipStation did not answer"), timedOut.toString());
    }

    private static List<Object> attemptOutcomes(String order) {
        return dispatch(order).getList("data.attempt_log.outcome");
    }

    /** The sandbox holds the call (5 s) past the client's timeout (3 s): the try shows as Sending meanwhile. */
    @Test
    void anAttemptIsOnRecordWhileTheVendorCallIsStillRunning() {
        dispatchFault("timeout", 1);
        String order = submitOrder(1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> List.of("Sending").equals(attemptOutcomes(order)));
        assertEquals("Sending", dispatch(order).getString("data.status"));

        List<Map<String, Object>> log = awaitSent(order).getList("data.attempt_log");
        assertEquals(List.of("Error", "Sent"), log.stream().map(a -> a.get("outcome")).toList(), log.toString());
        assertTrue(log.get(0).get("error").toString().contains("ShipStation did not answer"), log.toString());
    }

    @Test
    void revokedCredentialsBreakTheConnectionAndOrdersWaitForIt() {
        dispatchFault("http_401", 1);
        String order = submitOrder(1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> "Waiting".equals(dispatch(order).getString("data.status")));
        assertEquals("Invalid API Key or Secret — ShipStation rejected the credentials.", dispatch(order).getString("data.last_error"));
        vendor.request().get("/api/method/medgrid.integrations.list_connections").then().statusCode(200)
                .body("message.integrations.find { it.id == 'shipstation' }.status", equalTo("error"))
                .body("message.integrations.find { it.id == 'shipstation' }.last_error",
                        equalTo("Invalid API Key or Secret — ShipStation rejected the credentials."));

        vendor.request().contentType(ContentType.JSON).body(Map.of("integration_type", "shipstation"))
                .post("/api/method/medgrid.integrations.test_connection").then().statusCode(200).body("message.ok", equalTo(true));
        // the reconnection itself releases the waiting dispatch to the relay, which may send it before sync_now gets to it
        vendor.request().contentType(ContentType.JSON).body(Map.of("integration_type", "shipstation"))
                .post("/api/method/medgrid.integrations.sync_now").then().statusCode(200);
        awaitSent(order);
    }

    @Test
    void aRateLimitedDispatchIsRescheduledForTheResetNotWaitedOutOnAThread() {
        dispatchFault("http_429", 1);
        String order = submitOrder(1);
        List<Map<String, Object>> log = awaitSent(order).getList("data.attempt_log");
        assertEquals(List.of("Error", "Sent"), log.stream().map(a -> a.get("outcome")).toList(), log.toString());
        assertTrue(log.get(0).get("error").toString().contains("HTTP 429"), log.toString());
    }

    @Test
    void credentialsThatCannotBeCheckedNowLeaveTheConnectionAsItIs() {
        fault("http_429", 3);
        vendor.request().contentType(ContentType.JSON).body(Map.of("integration_type", "shipstation"))
                .post("/api/method/medgrid.integrations.test_connection").then().statusCode(200)
                .body("message.ok", equalTo(false)).body("message.error", startsWith("The credentials could not be checked now"));
        vendor.request().get("/api/method/medgrid.integrations.list_connections").then().statusCode(200)
                .body("message.integrations.find { it.id == 'shipstation' }.status", equalTo("connected"));
        fault("http_503", 0);
    }

    @Test
    void credentialsAreCheckedBeforeTheyAreSavedAndNeverReturned() {
        Api.TestUser other = Api.newUser("Vendor");
        Api.insert("Vendor Profile", Map.of("vendor_name", "Other Ship " + TAG, "vendor_user", other.email(), "status", "Approved"));
        other.request().contentType(ContentType.JSON).body(Map.of("api_key", "k-" + TAG, "api_secret", "invalid-" + TAG))
                .post("/api/method/medgrid.integrations.connect_shipstation").then().statusCode(200)
                .body("message.ok", equalTo(false))
                .body("message.error", equalTo("Invalid API Key or Secret — ShipStation rejected the credentials."))
                .body("message.status", equalTo("error"));
        other.request().get("/api/method/medgrid.integrations.list_connections").then().statusCode(200)
                .body("message.integrations.find { it.id == 'shipstation' }.status", equalTo("not_connected"));
        Api.assertError(other.request().contentType(ContentType.JSON).body(Map.of("api_key", "k"))
                .post("/api/method/medgrid.integrations.connect_shipstation"), 417, "ValidationError", "Both API Key and API Secret are required.");

        String listing = vendor.request().get("/api/method/medgrid.integrations.list_connections").then().statusCode(200)
                .body("message.user", equalTo(vendor.email()))
                .body("message.integrations.find { it.id == 'shipstation' }.status", equalTo("connected"))
                .body("message.integrations.find { it.id == 'shipstation' }.has_credentials", equalTo(true))
                .body("message.integrations.find { it.id == 'shipstation' }.credential_keys", equalTo(List.of("api_key", "api_secret")))
                .extract().asString();
        assertFalse(listing.contains(API_SECRET), listing);
        Api.assertError(partner.request().get("/api/method/medgrid.integrations.list_connections"), 403, "PermissionError", "Vendor");
    }

    /** Each would reach /api/resource/User with the vendor's Basic credentials if it were fetched. */
    @Test
    void resourceUrlsThatLeaveTheShipStationApiAreRefusedBeforeAnythingIsStoredOrFetched() {
        String query = webhookUrl.substring(webhookUrl.indexOf('?'));
        String api = Api.baseUri() + "/api/sandbox/shipstation";
        for (String url : List.of(api + "/../../resource/User", api + "/%2e%2e/%2E%2E/resource/User", api + "/..%2f..%2fresource/User",
                api + "/..;/..;/resource/User", api + "-evil/../resource/User", Api.baseUri() + "/api/sandbox/shipstation-evil/shipments")) {
            Api.assertError(Api.request().contentType(ContentType.JSON).body(Map.of("resource_url", url, "resource_type", "SHIP_NOTIFY"))
                    .post("/api/method/medgrid.shipstation.webhook" + query), 417, "ValidationError", "must point at the ShipStation API");
        }
        List<Object> stored = Api.admin().request()
                .queryParams(Map.of("filters", "[[\"source\",\"=\",\"shipstation\"],[\"body\",\"like\",\"%resource/User%\"]]",
                        "fields", "[\"name\"]"))
                .get("/api/resource/Webhook Inbox").then().statusCode(200).extract().jsonPath().getList("data");
        assertEquals(List.of(), stored, "a refused notification must not reach the inbox, which would fetch it");
    }

    @Test
    void webhooksNeedTheConnectionsTokenAndAShipStationResource() {
        String query = webhookUrl.substring(webhookUrl.indexOf('?'));
        Map<String, Object> event = Map.of("resource_url", Api.baseUri() + "/api/sandbox/shipstation/shipments?orderId=1",
                "resource_type", "SHIP_NOTIFY");
        Api.assertError(Api.request().contentType(ContentType.JSON).body(event).post("/api/method/medgrid.shipstation.webhook"),
                401, "AuthenticationError", "webhook token");
        Api.assertError(Api.request().contentType(ContentType.JSON).body(event).post("/api/method/medgrid.shipstation.webhook?token=wrong"),
                401, "AuthenticationError", "webhook token");
        Api.assertError(Api.request().contentType(ContentType.JSON)
                        .body(Map.of("resource_url", "http://169.254.169.254/latest/meta-data", "resource_type", "SHIP_NOTIFY"))
                        .post("/api/method/medgrid.shipstation.webhook" + query),
                417, "ValidationError", "must point at the ShipStation API");
        Api.request().contentType(ContentType.JSON).body(event).post("/api/method/medgrid.shipstation.webhook" + query)
                .then().statusCode(200).body("message.ok", equalTo(true));
        Api.request().contentType(ContentType.JSON).body(event).post("/api/method/medgrid.shipstation.webhook" + query)
                .then().statusCode(200).body("message.duplicate", equalTo(false)); // a pointer: fetched again

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> !Api.admin().request()
                .queryParams(Map.of("filters", "[[\"source\",\"=\",\"shipstation\"],[\"status\",\"=\",\"Processed\"]]",
                        "fields", "[\"name\"]", "limit_page_length", 1))
                .get("/api/resource/Webhook Inbox").then().statusCode(200).extract().jsonPath().getList("data").isEmpty());
        String processed = Api.admin().request()
                .queryParams(Map.of("filters", "[[\"source\",\"=\",\"shipstation\"],[\"status\",\"=\",\"Processed\"]]",
                        "fields", "[\"name\"]", "limit_page_length", 1))
                .get("/api/resource/Webhook Inbox").then().extract().path("data[0].name");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("name", processed))
                .post("/api/method/medgrid.inbox.retry"), 417, "ValidationError", "only failed messages can be retried");
        Api.assertError(vendor.request().get("/api/resource/Webhook Inbox"), 403, "PermissionError", "System Manager");
    }
}
