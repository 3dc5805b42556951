package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PerfectRx end to end against the built-in PerfectRx sandbox: the managed connection, an order
 * with a prescription line and an OTC line (patient provisioned first), signed webhooks bringing
 * shipping back, and the EMR APIs. The webhook signatures in this test are computed here, with the
 * JDK, not with the application's signer.
 */
class PerfectRxIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String CLIENT_ID = "prx-" + TAG;
    private static final String CLIENT_SECRET = "prx-secret-" + TAG;
    private static final String WAREHOUSE = "Rx " + TAG + " - X" + TAG;
    private static final String RX = "SEMA-" + TAG;
    private static final String OTC = "NAD-" + TAG;
    private static final String PATIENT = "Jordan Patient " + TAG;
    private static final String NPI = "1234567893";
    private static Api.TestUser partner;

    @BeforeAll
    static void connectPerfectRx() {
        Api.insert("Company", Map.of("company_name", "Rx Co " + TAG, "abbr", "X" + TAG));
        Api.insert("Warehouse", Map.of("warehouse_name", "Rx " + TAG, "company", "Rx Co " + TAG));
        Api.insert("Price List", Map.of("price_list_name", "Rx Prices " + TAG));
        Api.insert("Item", Map.of("item_code", RX, "item_name", "Semaglutide " + TAG, "requires_prescription", 1,
                "perfectrx_drug_description", "Semaglutide 2.5mg/mL 2mL vial"));
        Api.insert("Item", Map.of("item_code", OTC, "item_name", "NAD+ " + TAG, "perfectrx_drug_description", "NAD+ 100mg/mL"));
        for (String item : List.of(RX, OTC)) {
            Api.insert("Item Price", Map.of("item_code", item, "price_list", "Rx Prices " + TAG, "price_list_rate", 120));
            Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", item, "warehouse", WAREHOUSE, "qty", 50))
                    .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        }
        partner = Api.newUser("Customer");
        Api.insert("Customer", Map.of("customer_name", PATIENT, "customer_type", "Individual", "portal_user", partner.email(),
                "email_id", "jordan-" + TAG.toLowerCase() + "@example.com", "default_price_list", "Rx Prices " + TAG));
        Api.insert("Address", Map.of("address_title", PATIENT, "address_type", "Shipping", "address_line1", "9 Elm St",
                "city", "Denver", "state", "CO", "pincode", "80202", "customer", PATIENT));
        connect(CLIENT_SECRET).then().statusCode(200).body("message.ok", equalTo(true)).body("message.status", equalTo("connected"))
                .body("message.webhook_url", equalTo(Api.baseUri() + "/api/method/medgrid.perfectrx.webhook"));
    }


    private static Response connect(String secret) {
        return Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("integration_type", "perfectrx", "client_id", CLIENT_ID, "client_secret", secret, "default_practice_id", "PRAC-" + TAG))
                .post("/api/method/medgrid.integrations.connect");
    }

    private static String submitOrder() {
        return submitOrder(NPI);
    }

    private static String submitOrder(String npi) {
        return partner.request().contentType(ContentType.JSON)
                .body(Map.of("customer", PATIENT, "shipping_address_name", PATIENT + "-Shipping", "prescriber_npi", npi, "docstatus", 1,
                        "items", List.of(Map.of("item_code", RX, "qty", 1, "warehouse", WAREHOUSE),
                                Map.of("item_code", OTC, "qty", 2, "warehouse", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
    }

    private static JsonPath salesOrder(String order) {
        return Api.admin().request().get("/api/resource/Sales Order/" + order).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitSent(String order) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> "Sent".equals(
                Api.admin().request().get("/api/resource/Fulfillment Dispatch/" + order + "-perfectrx").then().extract().path("data.status")));
        return salesOrder(order);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** A webhook signed the way PerfectRx documents it, computed independently of the application. */
    private static Response webhook(String body, String nonce, long timestamp, String secret) throws Exception {
        String bodyHash = hex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = hex(mac.doFinal((nonce + timestamp + bodyHash).getBytes(StandardCharsets.UTF_8)));
        return Api.request().contentType(ContentType.JSON).header("X-PerfectRx-Signature", signature)
                .header("X-PerfectRx-Nonce", nonce).header("X-PerfectRx-Timestamp", String.valueOf(timestamp))
                .body(body).post("/api/method/medgrid.perfectrx.webhook");
    }

    @Test
    void theTokenEndpointTakesOnlyTheNestedCredentialsBody() {
        Api.request().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", CLIENT_ID).formParam("client_secret", CLIENT_SECRET)
                .post("/api/sandbox/perfectrx/v1/oauth2/token").then().statusCode(502);
        Api.request().contentType(ContentType.JSON)
                .body(Map.of("credentials", Map.of("clientId", CLIENT_ID, "clientSecret", CLIENT_SECRET)))
                .post("/api/sandbox/perfectrx/v1/oauth2/token").then().statusCode(200)
                .body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(3600));
    }

    @Test
    void anRxAndOtcOrderReachesPerfectRxAndShipsByWebhook() {
        String order = submitOrder();
        JsonPath sent = awaitSent(order);
        String references = sent.getString("data.perfectrx_reference_id");
        assertTrue(references.matches("PRX-RX-\\w+, PRX-OTC-\\w+"), references);
        assertEquals("Received", sent.getString("data.perfectrx_status"));
        String patientId = Api.admin().request().get("/api/resource/Customer/" + PATIENT).then().statusCode(200)
                .extract().path("data.perfectrx_patient_id");
        assertNotNull(patientId);

        String rxReference = references.split(", ")[0];
        Api.request().contentType(ContentType.JSON)
                .body(Map.of("clientId", CLIENT_ID, "referenceId", rxReference, "event", "ORDER_SHIPPED", "trackingNumber", "1ZPRX" + TAG))
                .post("/api/sandbox/perfectrx/_sandbox/event").then().statusCode(200).body("webhook", startsWith("http"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> "Shipped".equals(salesOrder(order).getString("data.perfectrx_status")));
        assertEquals("1ZPRX" + TAG, salesOrder(order).getString("data.perfectrx_tracking_number"));
        partner.request().queryParam("sales_order", order).get("/api/method/medgrid.fulfillment_router.aggregate_shipments")
                .then().statusCode(200)
                .body("message.shipments[0].vendor", equalTo("perfectrx"))
                .body("message.shipments[0].status", equalTo("Shipped"))
                .body("message.shipments[0].tracking_number", equalTo("1ZPRX" + TAG));
    }

    /**
     * PerfectRx documents no idempotency key, and the sandbox takes every transmission as a new order:
     * an OTC transfer that fails after the e-script went through is retried alone, and both
     * references stay known, so PerfectRx's news about the e-script still applies.
     */
    @Test
    void anOtcTransferThatFailsAfterTheEScriptResumesWithoutSendingTheEScriptAgain() {
        Api.request().contentType(ContentType.JSON).body(Map.of("clientId", CLIENT_ID, "mode", "http_503", "count", 2, "operation", "otc/transfer"))
                .post("/api/sandbox/perfectrx/_sandbox/faults").then().statusCode(200);
        String order = submitOrder();
        JsonPath sent = awaitSent(order);
        assertEquals(List.of("Error", "Error", "Sent"), Api.admin().request().get("/api/resource/Fulfillment Dispatch/" + order + "-perfectrx")
                .then().statusCode(200).extract().jsonPath().getList("data.attempt_log.outcome"));
        List<String> rx = transmitted(order + "-perfectrx-rx");
        List<String> otc = transmitted(order + "-perfectrx-otc");
        assertEquals(1, rx.size(), "e-scripts PerfectRx got: " + rx);
        assertEquals(1, otc.size(), "OTC orders PerfectRx got: " + otc);
        assertEquals(rx.get(0) + ", " + otc.get(0), sent.getString("data.perfectrx_reference_id"));

        Api.request().contentType(ContentType.JSON)
                .body(Map.of("clientId", CLIENT_ID, "referenceId", rx.get(0), "event", "ORDER_SHIPPED", "trackingNumber", "1ZRES" + TAG))
                .post("/api/sandbox/perfectrx/_sandbox/event").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> ("1ZRES" + TAG).equals(salesOrder(order).getString("data.perfectrx_tracking_number")));
    }

    /** The references of every order PerfectRx's sandbox took under an external order id. */
    private static List<String> transmitted(String externalOrderId) {
        return Api.request().queryParams(Map.of("clientId", CLIENT_ID, "externalOrderId", externalOrderId))
                .get("/api/sandbox/perfectrx/_sandbox/orders").then().statusCode(200).extract().jsonPath().getList("orders.referenceId");
    }

    @Test
    void webhooksAreVerifiedDeduplicatedAndNeverMoveAnOrderBackwards() throws Exception {
        String order = submitOrder();
        String reference = awaitSent(order).getString("data.perfectrx_reference_id").split(", ")[1];
        long now = Instant.now().getEpochSecond();
        String delivered = "{\"event\":\"ORDER_DELIVERED\",\"referenceId\":\"" + reference + "\"}";

        webhook(delivered, "n-" + UUID.randomUUID(), now, "wrong-secret").then().statusCode(401);
        webhook(delivered, "n-" + UUID.randomUUID(), now - 400, CLIENT_SECRET).then().statusCode(401);
        Api.assertError(Api.request().contentType(ContentType.JSON).body(delivered).post("/api/method/medgrid.perfectrx.webhook"),
                401, "AuthenticationError", "Missing X-PerfectRx-Signature");
        assertEquals("Received", salesOrder(order).getString("data.perfectrx_status"), "a refused webhook must change nothing");

        String nonce = "n-" + UUID.randomUUID();
        webhook(delivered, nonce, now, CLIENT_SECRET).then().statusCode(200).body("message.ok", equalTo(true))
                .body("message.duplicate", equalTo(false));
        Api.assertError(webhook(delivered, nonce, now, CLIENT_SECRET), 401, "AuthenticationError", "X-PerfectRx-Nonce was used before");
        webhook(delivered, "n-" + UUID.randomUUID(), now, CLIENT_SECRET).then().statusCode(200).body("message.duplicate", equalTo(true));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> "Delivered".equals(salesOrder(order).getString("data.perfectrx_status")));

        String older = "{\"event\":\"ORDER_SHIPPED\",\"referenceId\":\"" + reference + "\",\"trackingNumber\":\"OLD-" + TAG + "\"}";
        webhook(older, "n-" + UUID.randomUUID(), now - 60, CLIENT_SECRET).then().statusCode(200).body("message.duplicate", equalTo(false));
        // the OTC order arrived; the e-script has not shipped yet
        assertEquals("Partly Shipped", salesOrder(order).getString("data.fulfillment_status"));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(250))
                .until(() -> "Delivered".equals(salesOrder(order).getString("data.perfectrx_status"))
                        && !("OLD-" + TAG).equals(salesOrder(order).getString("data.perfectrx_tracking_number")));
        Api.assertError(webhook("not json", "n-" + UUID.randomUUID(), now, CLIENT_SECRET), 400, "BadRequestError", "not a JSON object");
    }

    @Test
    void timestampsFarOutsideTheWindowAreRefusedNotServerErrors() throws Exception {
        String body = "{\"event\":\"ORDER_RECEIVED\",\"referenceId\":\"FAR-" + TAG + "\"}";
        for (long timestamp : new long[]{Long.MAX_VALUE, Long.MIN_VALUE, -1}) {
            Api.assertError(webhook(body, "n-" + UUID.randomUUID(), timestamp, CLIENT_SECRET), 401, "AuthenticationError",
                    "X-PerfectRx-Timestamp is more than 5 minutes from now");
        }
    }

    @Test
    void genuineWebhooksOfAnySizeAreStoredAndTheirNoncesStillRefuseReplays() throws Exception {
        long now = Instant.now().getEpochSecond();
        String longNonce = "n-" + UUID.randomUUID() + "x".repeat(5000);
        String body = "{\"event\":\"ORDER_RECEIVED\",\"referenceId\":\"LONG-NONCE-" + TAG + "\"}";
        webhook(body, longNonce, now, CLIENT_SECRET).then().statusCode(200).body("message.duplicate", equalTo(false));
        Api.assertError(webhook(body, longNonce, now, CLIENT_SECRET), 401, "AuthenticationError", "X-PerfectRx-Nonce was used before");

        // 1 MiB, the most a request may carry: an event padded with a field MedGrid does not read
        String head = "{\"event\":\"ORDER_RECEIVED\",\"referenceId\":\"BIG-" + TAG + "\",\"note\":\"";
        String big = head + "y".repeat(1_048_576 - head.length() - 2) + "\"}";
        assertEquals(1_048_576, big.getBytes(StandardCharsets.UTF_8).length);
        webhook(big, "n-" + UUID.randomUUID(), now, CLIENT_SECRET).then().statusCode(200).body("message.duplicate", equalTo(false));
        webhook(big, "n-" + UUID.randomUUID(), now, CLIENT_SECRET).then().statusCode(200).body("message.duplicate", equalTo(true));
    }

    @Test
    void theEmrApisProvisionPatientsSyncOrdersAndPollStatus() {
        String patientId = Api.admin().request().contentType(ContentType.JSON).body(Map.of("customer", PATIENT))
                .post("/api/method/medgrid.perfectrx.ensure_patient").then().statusCode(200)
                .body("message.customer", equalTo(PATIENT)).extract().path("message.perfectrx_patient_id");
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("customer", PATIENT))
                .post("/api/method/medgrid.perfectrx.ensure_patient").then().statusCode(200)
                .body("message.perfectrx_patient_id", equalTo(patientId)).body("message.created", equalTo(false));
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("customer", "Nobody " + TAG))
                .post("/api/method/medgrid.perfectrx.ensure_patient"), 417, "ValidationError", "Could not find Customer");

        String draft = partner.request().contentType(ContentType.JSON)
                .body(Map.of("customer", PATIENT, "items", List.of(Map.of("item_code", OTC, "qty", 1, "warehouse", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("sales_order", draft))
                .post("/api/method/medgrid.perfectrx.sync_to_perfectrx"), 417, "ValidationError", "only submitted orders");

        String order = submitOrder();
        awaitSent(order);
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("sales_order", order))
                .post("/api/method/medgrid.perfectrx.sync_to_perfectrx"), 409, "DuplicateEntryError", "already synced");

        Api.request().contentType(ContentType.JSON).body(Map.of("clientId", CLIENT_ID, "mode", "expire_token", "count", 1))
                .post("/api/sandbox/perfectrx/_sandbox/faults").then().statusCode(200);
        Api.admin().request().queryParam("sales_order", order).get("/api/method/medgrid.perfectrx.poll_perfectrx_status")
                .then().statusCode(200).body("message.sales_order", equalTo(order)).body("message.status", equalTo("Received"))
                .body("message.dispatch_status", equalTo("Sent"));

        Api.admin().request().contentType(ContentType.JSON).body(Map.of("public_base_url", Api.baseUri(), "contact_email", "ops@example.com"))
                .post("/api/method/medgrid.perfectrx.register_webhook").then().statusCode(200)
                .body("message.url", equalTo(Api.baseUri() + "/api/method/medgrid.perfectrx.webhook"));
        Api.assertError(partner.request().contentType(ContentType.JSON).body(Map.of("customer", PATIENT))
                .post("/api/method/medgrid.perfectrx.ensure_patient"), 403, "PermissionError", "EMR Integration");
    }

    @Test
    void aPrescriberTheNppesRegistryDoesNotKnowStopsTheEScript() {
        String order = submitOrder("1999999992"); // a valid check digit, but not registered
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> "Failed".equals(
                Api.admin().request().get("/api/resource/Fulfillment Dispatch/" + order + "-perfectrx").then().extract().path("data.status")));
        String error = Api.admin().request().get("/api/resource/Fulfillment Dispatch/" + order + "-perfectrx").then()
                .extract().path("data.last_error");
        assertEquals("Prescriber NPI 1999999992 does not exist in the NPPES registry.", error);
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("sales_order", order))
                .post("/api/method/medgrid.perfectrx.sync_to_perfectrx"), 417, "ValidationError", "does not exist in the NPPES registry");
    }

    @Test
    void credentialsAreCheckedAndPerfectRxIsForAdminsOnly() {
        Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("integration_type", "perfectrx", "client_id", "other-" + TAG, "client_secret", "invalid-" + TAG,
                        "default_practice_id", "P"))
                .post("/api/method/medgrid.integrations.connect").then().statusCode(200)
                .body("message.ok", equalTo(false)).body("message.error", startsWith("PerfectRx rejected the client credentials"));
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                        .body(Map.of("integration_type", "perfectrx", "client_id", "x", "client_secret", "y"))
                        .post("/api/method/medgrid.integrations.connect"),
                417, "ValidationError", "client_id, client_secret, default_practice_id are all required.");
        Api.TestUser vendor = Api.newUser("Vendor");
        Api.insert("Vendor Profile", Map.of("vendor_name", "Rx Vendor " + TAG, "vendor_user", vendor.email(), "status", "Approved"));
        Api.assertError(vendor.request().contentType(ContentType.JSON)
                        .body(Map.of("integration_type", "perfectrx", "client_id", "x", "client_secret", "y", "default_practice_id", "z"))
                        .post("/api/method/medgrid.integrations.connect"),
                417, "ValidationError", "integration_type must be one of shipstation");
    }
}
