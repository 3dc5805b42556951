package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MD Integrations' case flow against the sandbox's MD Integrations (a partner client of the test's
 * own, with its webhook registered to MedGrid): an order with a prescription item and no prescriber
 * opens a case for the patient; the case's events come back signed and are applied in the order of
 * their timestamps; approval makes the clinician the prescriber and sends the lines on to the
 * pharmacy (PerfectRx's demo account, which ships them); a declined case keeps them with its reason.
 */
class MdiCaseIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
    private static final String CLIENT = "mdi-case-it-" + TAG;
    private static final String SECRET = "secret-" + UUID.randomUUID();
    private static final String WEBHOOK_AUTHORIZATION = "Bearer it-" + UUID.randomUUID();
    private static final String WEBHOOK_SECRET = "whsec-" + UUID.randomUUID();
    private static final String CONTROL = "/api/sandbox/mdi/_sandbox/";
    private static final String WEBHOOK = "/api/method/medgrid.mdi.webhook";
    private static final String WAREHOUSE = "Skydell Main - SM";
    private static final String ITEM = "MDIRX-" + TAG.toUpperCase();
    private static final String PATIENT = "Jordan Rivers " + TAG;
    private static final String CLINICIAN_NPI = "1245319599";

    @BeforeAll
    static void connectAPartnerWithItsWebhook() {
        Api.request().contentType(ContentType.JSON).body(Map.of("client_id", CLIENT, "client_secret", SECRET)).post(CONTROL + "clients")
                .then().statusCode(200);
        Api.request().contentType(ContentType.JSON).body(Map.of("client_id", CLIENT, "url", Api.baseUri() + WEBHOOK,
                "authorization", WEBHOOK_AUTHORIZATION, "secret", WEBHOOK_SECRET, "retry_interval_seconds", 1)).post(CONTROL + "webhook")
                .then().statusCode(200);
        Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("integration_type", "mdi", "mdi_client_id", CLIENT, "mdi_client_secret", SECRET,
                        "mdi_webhook_authorization", WEBHOOK_AUTHORIZATION, "mdi_webhook_secret", WEBHOOK_SECRET))
                .post("/api/method/medgrid.integrations.connect").then().statusCode(200).body("message.status", equalTo("connected"));
        String token = Api.request().contentType(ContentType.JSON).body(Map.of("grant_type", "client_credentials", "client_id", CLIENT,
                "client_secret", SECRET, "scope", "*")).post("/api/sandbox/mdi/v1/partner/auth/token").then().statusCode(200)
                .extract().path("access_token");
        String offering = Api.request().header("Authorization", "Bearer " + token).accept(ContentType.JSON)
                .get("/api/sandbox/mdi/v1/partner/offerings").then().statusCode(200).extract().path("[0].offering_id");
        Api.insert("Item", Map.of("item_code", ITEM, "item_name", "Compounded Semaglutide " + TAG, "requires_prescription", 1,
                "mdi_offering_id", offering));
        Api.insert("Item Price", Map.of("item_code", ITEM, "price_list", "Standard Selling", "price_list_rate", 199));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", ITEM, "warehouse", WAREHOUSE, "qty", 100))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        patient(PATIENT, true);
    }

    @AfterAll
    static void demoAccountsAgain() {
        Demo.connectDemoAccounts();
    }

    /** A patient customer in Austin, TX; with or without what a clinician needs to see them. */
    private static void patient(String name, boolean complete) {
        Map<String, Object> customer = new HashMap<>(Map.of("customer_name", name, "customer_type", "Individual",
                "email_id", "patient-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com", "default_price_list", "Standard Selling"));
        if (complete) {
            customer.putAll(Map.of("date_of_birth", "1985-04-12", "gender", "Female", "mobile_no", "+1 512 555 0134"));
        }
        Api.insert("Customer", customer);
        Api.insert("Address", Map.of("address_title", name, "address_type", "Shipping", "address_line1", "500 Congress Ave",
                "city", "Austin", "state", "TX", "pincode", "78701", "customer", name));
    }

    /** An order of the prescription item for the customer, with no prescriber, submitted. */
    private static String order(String customer) {
        return Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("customer", customer, "docstatus", 1, "items", List.of(Map.of("item_code", ITEM, "qty", 1, "warehouse", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).body("data.status", equalTo("To Deliver")).extract().path("data.name");
    }

    private static JsonPath salesOrder(String name) {
        return Api.admin().request().get("/api/resource/Sales Order/" + name).then().statusCode(200).extract().jsonPath();
    }

    private static String awaitCase(String order) {
        return awaitCase(order, Duration.ofSeconds(60));
    }

    private static String awaitCase(String order, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(300))
                .until(() -> salesOrder(order).getString("data.mdi_case_id") != null);
        return salesOrder(order).getString("data.mdi_case_id");
    }

    private static void awaitStatus(String order, String status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> status.equals(salesOrder(order).getString("data.mdi_status")));
    }

    private static Response move(String caseId, Map<String, Object> body) {
        return Api.request().contentType(ContentType.JSON).body(body).post(CONTROL + "cases/" + caseId + "/status");
    }

    private static List<Map<String, Object>> casesWithMetadata(String metadata) {
        return Api.request().queryParam("client_id", CLIENT).get(CONTROL + "cases").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("").stream().filter(c -> metadata.equals(c.get("metadata"))).toList();
    }

    private static String sign(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    /** Posts an event as MD Integrations would; no Signature header when {@code signature} is null. */
    private static Response deliver(String authorization, String signature, byte[] body) {
        var request = Api.request().header("Authorization", authorization).contentType(ContentType.JSON).body(body);
        return (signature == null ? request : request.header("Signature", signature)).post(WEBHOOK);
    }

    @Test
    void anApprovedCaseSendsTheLinesToThePharmacyWithTheClinicianAsPrescriber() {
        String order = order(PATIENT);
        String caseId = awaitCase(order);
        assertEquals("Created", salesOrder(order).getString("data.mdi_status"));
        assertNull(salesOrder(order).getString("data.prescriber_npi"));
        assertEquals(1, casesWithMetadata(order + "-mdi").size(), "one case, named by its dispatch");
        assertNotNull(Api.admin().request().get("/api/resource/Customer/" + PATIENT).then().statusCode(200).extract().path("data.mdi_patient_id"));

        move(caseId, Map.of("status", "waiting")).then().statusCode(200);
        awaitStatus(order, "Waiting");
        move(caseId, Map.of("status", "approved", "clinician", Map.of("full_name", "Dr. Sam Okafor", "npi", CLINICIAN_NPI)))
                .then().statusCode(200);
        awaitStatus(order, "Approved");
        JsonPath approved = salesOrder(order);
        assertEquals(CLINICIAN_NPI, approved.getString("data.prescriber_npi"));
        assertEquals(CLINICIAN_NPI, approved.getString("data.mdi_clinician_npi"));
        assertEquals("Dr. Sam Okafor", approved.getString("data.mdi_clinician_name"));
        assertEquals("Released", ShipStationShop.dispatch(order, "mdi").getString("data.status"));
        Demo.awaitShipped(order, "perfectrx");

        // a late retry of the waiting event (first sent before the approval) changes nothing
        Api.request().contentType(ContentType.JSON).body(Map.of("event_type", "case_waiting",
                "timestamp", Instant.now().minusSeconds(600).getEpochSecond())).post(CONTROL + "cases/" + caseId + "/events").then().statusCode(200);
        // MDI's own pharmacy order news is kept as details (a later event, so it applies)
        Api.request().contentType(ContentType.JSON).body(Map.of("event_type", "order_status_changed", "order_status", "fulfilled",
                "order_details", "Tracking Number: 101010")).post(CONTROL + "cases/" + caseId + "/events").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> "fulfilled".equals(salesOrder(order).getString("data.mdi_order_status")));
        assertEquals("Approved", salesOrder(order).getString("data.mdi_status"));
        assertEquals("Tracking Number: 101010", salesOrder(order).getString("data.mdi_order_details"));
    }

    @Test
    void aDeclinedCaseKeepsTheLinesWithItsReason() {
        String order = order(PATIENT);
        String caseId = awaitCase(order);
        move(caseId, Map.of("status", "declined", "reason", "Contraindicated: history of pancreatitis")).then().statusCode(200);
        awaitStatus(order, "Declined");
        JsonPath declined = salesOrder(order);
        assertEquals("Contraindicated: history of pancreatitis", declined.getString("data.mdi_status_reason"));
        assertNull(declined.getString("data.prescriber_npi"));
        assertEquals("Sent", ShipStationShop.dispatch(order, "mdi").getString("data.status"));
        Api.admin().request().get("/api/resource/Fulfillment Dispatch/" + order + "-perfectrx").then().statusCode(404);
        // the clinic sees why on its order
        assertTrue(Demo.shipments(order).getList("message.shipments").stream().anyMatch(s -> "mdi".equals(((Map<?, ?>) s).get("vendor"))));
    }

    @Test
    void aPatientWithoutWhatAClinicianNeedsIsRefusedNamingTheFields() {
        String incomplete = "Casey Incomplete " + TAG;
        patient(incomplete, false);
        String order = order(incomplete);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> "Failed".equals(ShipStationShop.dispatch(order, "mdi").getString("data.status")));
        String error = ShipStationShop.dispatch(order, "mdi").getString("data.last_error");
        assertTrue(error.contains("date_of_birth") && error.contains("gender") && error.contains("mobile_no"), error);
    }

    @Test
    void aCaseIsOpenedOnceWhenMdiIsUnderMaintenanceAtFirst() {
        Api.request().contentType(ContentType.JSON).body(Map.of("client_id", CLIENT, "mode", "maintenance", "count", 1,
                "operation", "create_case")).post(CONTROL + "faults").then().statusCode(200);
        String order = order(PATIENT);
        awaitCase(order, Duration.ofSeconds(150)); // MedGrid leaves MD Integrations alone for a minute after a 418
        assertEquals(1, casesWithMetadata(order + "-mdi").size(), "one case after the 418");
    }

    @Test
    void webhooksNeedTheRegisteredAuthorizationAndASignatureOverTheRawBytes() throws Exception {
        String order = order(PATIENT);
        String caseId = awaitCase(order);
        // PHP's json_encode escapes slashes: the signature covers these bytes, not a re-serialisation
        byte[] body = ("{\"timestamp\":" + Instant.now().getEpochSecond() + ",\"event_type\":\"case_waiting\",\"case_id\":\"" + caseId
                + "\",\"metadata\":\"clinic\\/intake \\u00e9\"}").getBytes(StandardCharsets.UTF_8);
        Api.assertError(deliver("Bearer wrong", sign(WEBHOOK_SECRET, body), body), 401, "AuthenticationError", "Authorization");
        Api.assertError(deliver(WEBHOOK_AUTHORIZATION, sign("not-the-secret", body), body), 401, "AuthenticationError", "Signature");
        Api.assertError(deliver(WEBHOOK_AUTHORIZATION, null, body), 401, "AuthenticationError", "Signature");
        deliver(WEBHOOK_AUTHORIZATION, sign(WEBHOOK_SECRET, body), body).then().statusCode(200)
                .body("message.ok", equalTo(true)).body("message.duplicate", equalTo(false));
        deliver(WEBHOOK_AUTHORIZATION, sign(WEBHOOK_SECRET, body), body).then().statusCode(200).body("message.duplicate", equalTo(true));
        awaitStatus(order, "Waiting");
        byte[] unknown = "{\"timestamp\":1,\"event_type\":\"case_teleported\",\"case_id\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        Api.assertError(deliver(WEBHOOK_AUTHORIZATION, sign(WEBHOOK_SECRET, unknown), unknown), 417, "ValidationError", "case_teleported");
    }
}
