package it;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outbound webhooks against a real receiver on this machine: the order lifecycle reaches a partner
 * signed in both schemes, each event once; failures are retried with back-off and 410 disables;
 * deliveries can be replayed; rotation signs with both secrets; subscribers get only what they may
 * read; low stock fires once per crossing.
 */
class WebhookDeliveryIT {

    private static final String SUBSCRIPTIONS = "/api/resource/Webhook Subscription";
    private static final String DELIVERIES = "/api/resource/Webhook Delivery";

    private static WebhookReceiver receiver;
    private static final List<String> subscriptions = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        receiver = new WebhookReceiver();
    }

    /** Each test hears only its own subscriptions, and later tests' orders do not go to a receiver that is gone. */
    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(name -> Api.admin().request().delete(SUBSCRIPTIONS + "/" + name));
        subscriptions.clear();
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    private record Subscription(String name, String secret) {
    }

    private static Subscription subscribe(RequestSpecification user, String... events) {
        JsonPath created = user.contentType(ContentType.JSON).body(Map.of("url", receiver.url(), "events", List.of(events)))
                .post(SUBSCRIPTIONS).then().statusCode(200).extract().jsonPath();
        subscriptions.add(created.getString("data.name"));
        return new Subscription(created.getString("data.name"), created.getString("data.secret"));
    }

    private static Api.Session demoPartner;

    private static Api.Session demoPartner() {
        if (demoPartner == null) {
            demoPartner = Api.session(Demo.PARTNER, Demo.PARTNER_PASSWORD);
        }
        return demoPartner;
    }

    /** The developer API's verifier: hex HMAC-SHA256 of the raw body keyed with secret.encode(), compared in constant time. */
    private static boolean specVerifies(WebhookReceiver.Received delivery, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String digest = HexFormat.of().formatHex(mac.doFinal(delivery.body().getBytes(StandardCharsets.UTF_8)));
        boolean fresh = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(delivery.header("X-MedGrid-Timestamp"))) < 300;
        return MessageDigest.isEqual(digest.getBytes(StandardCharsets.US_ASCII),
                delivery.header("X-MedGrid-Signature").getBytes(StandardCharsets.US_ASCII)) && fresh;
    }

    private static void assertSignedBothWays(WebhookReceiver.Received delivery, String secret) throws Exception {
        assertTrue(specVerifies(delivery, secret), "X-MedGrid-Signature of " + delivery.body());
        try {
            new Webhook(secret).verify(delivery.body(), delivery.headers());
        } catch (WebhookVerificationException e) {
            throw new AssertionError("webhook-signature of " + delivery.body() + ": " + e.getMessage(), e);
        }
    }

    /** Waits for one delivery of {@code event} about {@code subject} (an order or an item) and returns it. */
    private static WebhookReceiver.Received awaitEvent(String subject, String event) {
        String marker = "\"event\":\"" + event + "\"";
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> receiver.containing("\"" + subject + "\"").stream().anyMatch(r -> r.body().contains(marker)));
        return receiver.containing("\"" + subject + "\"").stream().filter(r -> r.body().contains(marker)).findFirst().orElseThrow();
    }

    private static List<String> eventsAbout(String subject) {
        return receiver.containing("\"" + subject + "\"").stream().map(r -> JsonPath.from(r.body()).getString("event")).toList();
    }

    @Test
    void aPartnerReceivesItsOrderCreatedPaidShippedDeliveredAndRefundedSignedBothWays() throws Exception {
        Subscription partners = subscribe(demoPartner().request(), "order.created", "order.paid", "order.shipped", "order.delivered",
                "order.refunded", "order.cancelled");
        Api.TestUser stranger = Api.newUser("Customer");
        Subscription strangers = subscribe(stranger.request(), "order.created", "order.paid");
        Demo.connectDemoAccounts();

        String order = Demo.order(List.of(Demo.line("BPC157", "Centre Research - SM")));
        demoPartner().request().contentType(ContentType.JSON).body(Map.of("sales_order", order))
                .post("/api/method/medgrid.payments.pay").then().statusCode(200);

        WebhookReceiver.Received created = awaitEvent(order, "order.created");
        WebhookReceiver.Received paid = awaitEvent(order, "order.paid");
        WebhookReceiver.Received shipped = awaitEvent(order, "order.shipped");
        WebhookReceiver.Received delivered = awaitEvent(order, "order.delivered");
        for (WebhookReceiver.Received delivery : List.of(created, paid, shipped, delivered)) {
            assertSignedBothWays(delivery, partners.secret());
            JsonPath body = JsonPath.from(delivery.body());
            assertEquals(order, body.getString("sales_order"));
            assertTrue(body.getString("id").startsWith("evt_"), delivery.body());
            assertEquals(body.getString("id"), delivery.header("webhook-id"));
            assertTrue(body.getString("occurred_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), delivery.body());
        }
        assertTrue(JsonPath.from(created.body()).getString("occurred_at").compareTo(JsonPath.from(delivered.body()).getString("occurred_at")) <= 0);
        JsonPath shippedBody = JsonPath.from(shipped.body());
        assertNotNull(shippedBody.getString("tracking_number"), shipped.body());
        assertEquals("UPS", shippedBody.getString("carrier"), shipped.body());
        assertEquals("order.paid", JsonPath.from(paid.body()).getString("event"));

        // a full refund of the paid order
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("payment_type", "Refund", "sales_order", order,
                        "paid_amount", JsonPath.from(paid.body()).getDouble("amount"), "mode_of_payment", "Sandbox"))
                .post("/api/resource/Payment Entry").then().statusCode(200);
        awaitEvent(order, "order.refunded");

        // each event once; the stranger, who may not read the order, received none of it
        List<String> events = eventsAbout(order);
        for (String event : List.of("order.created", "order.paid", "order.shipped", "order.delivered", "order.refunded")) {
            assertEquals(1, events.stream().filter(event::equals).count(), event + " in " + events);
        }
        assertEquals(List.of(), stranger.request().queryParams(Map.of("filters", "[[\"subscription\", \"=\", \"" + strangers.name() + "\"]]"))
                .get(DELIVERIES).then().statusCode(200).extract().jsonPath().getList("data"));

        // the log: the partner sees its deliveries with their attempts, nobody else does
        JsonPath log = demoPartner().request().queryParams(Map.of("filters", "[[\"subscription\", \"=\", \"" + partners.name() + "\"],"
                        + " [\"status\", \"=\", \"Delivered\"]]", "fields", "[\"name\", \"event\", \"attempts\"]", "limit_page_length", 0))
                .get(DELIVERIES).then().statusCode(200).extract().jsonPath();
        String delivery = log.getString("data.find { it.event == 'order.created' }.name");
        demoPartner().request().get(DELIVERIES + "/" + delivery).then().statusCode(200)
                .body("data.status", equalTo("Delivered"))
                .body("data.attempt_log[0].status_code", equalTo(200))
                .body("data.attempt_log[0].latency_ms", notNullValue());
        Api.assertError(stranger.request().get(DELIVERIES + "/" + delivery), 404, "DoesNotExistError", "not found");
    }

    @Test
    void anOrderShippedByOneOfTwoVendorsIsPartiallyShippedAndACancelledOrderSaysSo() {
        subscribe(demoPartner().request(), "order.partially_shipped", "order.cancelled");
        Demo.connectDemoAccounts();
        String twoVendors = Demo.order(List.of(Demo.line("BPC157", "Centre Research - SM"), Demo.line("VD3", "ShipStation Warehouse - SM")));
        String cancelled = Demo.order(List.of(Demo.line("BPC157", "Centre Research - SM")));
        demoPartner().request().contentType(ContentType.JSON).body(Map.of("docstatus", 2))
                .put("/api/resource/Sales Order/" + cancelled).then().statusCode(200);

        awaitEvent(cancelled, "order.cancelled");
        WebhookReceiver.Received partly = awaitEvent(twoVendors, "order.partially_shipped");
        assertNotNull(JsonPath.from(partly.body()).getString("tracking_number"), partly.body());
        assertEquals(List.of("order.cancelled"), eventsAbout(cancelled));
    }

    @Test
    void failuresAreRetriedWithBackOffHonouringRetryAfterUntilTheReceiverTakesTheDelivery() {
        Subscription subscription = subscribe(Api.newUser("Customer").request(), "order.created");
        receiver.plan(WebhookReceiver.Answer.status(503), new WebhookReceiver.Answer(429, false, 3),
                WebhookReceiver.Answer.heldUntilReleased(), WebhookReceiver.Answer.status(200));
        String delivery = ping(subscription.name());

        JsonPath log = awaitDelivery(delivery, "Delivered");
        receiver.releaseHeld();
        assertEquals(Arrays.asList(503, 429, null, 200), log.getList("data.attempt_log.status_code"), log.prettify());
        assertTrue(log.getString("data.attempt_log[2].error").contains("No answer within 5 s"), log.prettify());
        List<WebhookReceiver.Received> tries = receiver.containing(subscription.name());
        assertEquals(4, tries.size());
        assertEquals(1, tries.stream().map(r -> r.header("webhook-id")).distinct().count(), "one event id across retries");
        assertTrue(Duration.between(tries.get(1).at(), tries.get(2).at()).toMillis() >= 2_900, "Retry-After: 3 was not honoured");
    }

    @Test
    void aFinalAnswerFailsTheDeliveryWhichCanBeReplayedAnd410DisablesTheSubscription() {
        Api.TestUser partner = Api.newUser("Customer");
        Subscription subscription = subscribe(partner.request(), "order.created");
        receiver.plan(WebhookReceiver.Answer.status(400));
        String rejected = ping(subscription.name());
        awaitDelivery(rejected, "Failed").getList("data.attempt_log");

        partner.request().contentType(ContentType.JSON).body(Map.of("name", subscription.name(), "since", "2000-01-01 00:00:00"))
                .post("/api/method/medgrid.webhooks.replay_failed").then().statusCode(200).body("message.replayed", equalTo(1));
        assertEquals(2, awaitDelivery(rejected, "Delivered").getList("data.attempt_log").size());

        receiver.plan(WebhookReceiver.Answer.status(410));
        String gone = ping(subscription.name());
        awaitDelivery(gone, "Failed");
        partner.request().get(SUBSCRIPTIONS + "/" + subscription.name()).then().statusCode(200)
                .body("data.enabled", equalTo(0))
                .body("data.disabled_reason", org.hamcrest.Matchers.containsString("410 Gone"));
        Api.assertError(partner.request().contentType(ContentType.JSON).body(Map.of("name", subscription.name()))
                .post("/api/method/medgrid.webhooks.test_ping"), 417, "ValidationError", "disabled");

        partner.request().contentType(ContentType.JSON).body(Map.of("enabled", 1)).put(SUBSCRIPTIONS + "/" + subscription.name())
                .then().statusCode(200).body("data.disabled_reason", nullValue());
        partner.request().contentType(ContentType.JSON).body(Map.of("delivery", gone))
                .post("/api/method/medgrid.webhooks.replay").then().statusCode(200);
        awaitDelivery(gone, "Delivered");
        Api.assertError(Api.newUser("Customer").request().contentType(ContentType.JSON).body(Map.of("delivery", gone))
                .post("/api/method/medgrid.webhooks.replay"), 404, "DoesNotExistError", "not found");
    }

    @Test
    void afterARotationDeliveriesVerifyWithTheNewAndThePreviousSecret() throws Exception {
        Api.TestUser partner = Api.newUser("Customer");
        Subscription subscription = subscribe(partner.request(), "order.created");
        String rotated = partner.request().contentType(ContentType.JSON).body(Map.of("name", subscription.name()))
                .post("/api/method/medgrid.webhooks.rotate_secret").then().statusCode(200).extract().path("message.secret");
        awaitDelivery(ping(subscription.name()), "Delivered");

        WebhookReceiver.Received delivery = receiver.containing(subscription.name()).get(0);
        assertSignedBothWays(delivery, rotated);
        new Webhook(subscription.secret()).verify(delivery.body(), delivery.headers());
        assertEquals(2, delivery.header("webhook-signature").split(" ").length, delivery.header("webhook-signature"));
    }

    @Test
    void lowStockFiresOnceEachTimeABinCrossesBelowTheReorderLevel() {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String item = "LOW-" + tag;
        String warehouse = "Low Stock Store " + tag + " - L" + tag;
        Api.insert("Company", Map.of("company_name", "Low Stock Co " + tag, "abbr", "L" + tag, "default_currency", "USD"));
        Api.insert("Warehouse", Map.of("warehouse_name", "Low Stock Store " + tag, "company", "Low Stock Co " + tag));
        Api.insert("Item", Map.of("item_code", item, "item_name", "Low stock gauze " + tag, "reorder_level", 10));
        subscribe(Api.admin().request(), "inventory.low_stock");

        for (int qty : new int[] {20, 8, 5, 15, 3}) {
            Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", item, "warehouse", warehouse, "qty", qty))
                    .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.containing("\"" + item + "\"").size() >= 2);
        List<JsonPath> lows = receiver.containing("\"" + item + "\"").stream().map(r -> JsonPath.from(r.body())).toList();
        assertEquals(2, lows.size(), lows.toString());
        assertEquals(List.of(8, 3), lows.stream().map(l -> l.getInt("on_hand")).sorted((a, b) -> b - a).toList());
        for (JsonPath low : lows) {
            assertEquals("inventory.low_stock", low.getString("event"));
            assertEquals(10, low.getInt("threshold"));
            assertEquals(warehouse, low.getString("warehouse"));
        }
    }

    private static String ping(String subscription) {
        return Api.admin().request().contentType(ContentType.JSON).body(Map.of("name", subscription))
                .post("/api/method/medgrid.webhooks.test_ping").then().statusCode(200).extract().path("message.delivery");
    }

    private static JsonPath awaitDelivery(String delivery, String status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> status.equals(
                Api.admin().request().get(DELIVERIES + "/" + delivery).then().statusCode(200).extract().path("data.status")));
        return Api.admin().request().get(DELIVERIES + "/" + delivery).then().extract().jsonPath();
    }
}
