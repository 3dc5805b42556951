package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The MD Integrations simulator on the wire, as the connector meets it: the client credentials →
 * access token exchange and its refusals; the bearer token (unknown, expired, revoked: 401) and
 * {@code Accept: application/json}; states, cities and questionnaires; the maintenance fault (418);
 * the calls counted per operation; patients, cases and offerings; case moves and MDI's webhooks
 * (bytes, signature, retries, resends). Each test registers a client of its own, so the demo
 * partner's is left alone, but for one demo case its clinician reviews by itself.
 */
class MdiSandboxIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
    private static final String BASE = "/api/sandbox/mdi";
    private static final String PARTNER = BASE + "/v1/partner";

    private static String client(String name) {
        return "mdi-it-" + name + "-" + TAG;
    }

    private static String secretOf(String client) {
        return "secret-" + client;
    }

    private static RequestSpecification json() {
        return Api.request().contentType(ContentType.JSON);
    }

    /** Registers the client with its secret ({@link #secretOf}) and these settings besides. */
    private static String register(String client, Map<String, Object> settings) {
        Map<String, Object> body = new HashMap<>(settings);
        body.put("client_id", client);
        body.put("client_secret", secretOf(client));
        json().body(body).post(BASE + "/_sandbox/clients").then().statusCode(200).body("client_id", equalTo(client));
        return client;
    }

    private static Response exchange(Map<String, Object> body) {
        return json().header("Accept", "application/json").body(body).post(PARTNER + "/auth/token");
    }

    private static Map<String, Object> credentials(String client, String secret) {
        return Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret, "scope", "*");
    }

    private static String token(String client) {
        return token(client, secretOf(client));
    }

    private static String token(String client, String secret) {
        return exchange(credentials(client, secret)).then().statusCode(200).extract().path("access_token");
    }

    /** A call as the connector makes it: the bearer token and {@code Accept: application/json}. */
    private static RequestSpecification bearer(String token) {
        return Api.request().header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private static void plan(String client, String mode, int count, String operation) {
        json().body(Map.of("client_id", client, "mode", mode, "count", count, "operation", operation)).post(BASE + "/_sandbox/faults")
                .then().statusCode(200);
    }

    private static String fixedId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Test
    void theTokenExchangeGivesABearerTokenForTheClientsLifetime() {
        String client = register(client("token"), Map.of("token_lifetime_seconds", 600));
        JsonPath answer = exchange(credentials(client, secretOf(client))).then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
        assertEquals("Bearer", answer.getString("token_type"));
        assertEquals(600, answer.getInt("expires_in"));
        String token = answer.getString("access_token");
        assertTrue(token.length() >= 32, token);
        bearer(token).get(PARTNER + "/questionnaires").then().statusCode(200);
        assertNotEquals(token, token(client), "every exchange gives a new token");

        JsonPath demo = exchange(credentials("mdi-demo-client", "mdi-demo-secret")).then().statusCode(200).extract().jsonPath();
        assertEquals(86400, demo.getInt("expires_in"), "the default lifetime");
        json().body(Map.of("client_id", "mdi-demo-client", "client_secret", "other")).post(BASE + "/_sandbox/clients").then()
                .statusCode(409).body("error", equalTo("conflict"));
    }

    @Test
    void aWrongSecretOrUnknownClientIs401InvalidClientAndABadBodyIs400NamingTheField() {
        String client = register(client("refusals"), Map.of());
        for (Map<String, Object> wrong : List.of(credentials(client, "wrong"), credentials(client("never-registered"), "whatever"))) {
            exchange(wrong).then().statusCode(401).contentType(ContentType.JSON).body("error", equalTo("invalid_client"))
                    .body("message", equalTo("Client authentication failed"));
        }
        Map<String, Object> password = new HashMap<>(credentials(client, secretOf(client)));
        password.put("grant_type", "password");
        exchange(password).then().statusCode(400).body("error", equalTo("unsupported_grant_type"))
                .body("message", equalTo("The grant_type must be client_credentials."));
        Map<String, Object> noSecret = new HashMap<>(credentials(client, secretOf(client)));
        noSecret.remove("client_secret");
        exchange(noSecret).then().statusCode(400).body("error", equalTo("invalid_request"))
                .body("message", equalTo("The client_secret field is required."));
        Map<String, Object> scoped = new HashMap<>(credentials(client, secretOf(client)));
        scoped.put("scope", "cases");
        exchange(scoped).then().statusCode(400).body("error", equalTo("invalid_scope"));
    }

    @Test
    void noUnknownOrExpiredTokenIs401AndOnlyJsonIsServed() {
        Api.request().header("Accept", "application/json").get(PARTNER + "/metadata/states").then().statusCode(401)
                .contentType(ContentType.JSON).body("error", equalTo("Unauthenticated.")).body("message", equalTo("Unauthenticated."));
        bearer("never-issued").get(PARTNER + "/metadata/states").then().statusCode(401).body("error", equalTo("Unauthenticated."));

        String client = register(client("expiry"), Map.of("token_lifetime_seconds", 1));
        String token = token(client);
        Api.request().header("Authorization", "Bearer " + token).header("Accept", "text/html").get(PARTNER + "/questionnaires").then()
                .statusCode(400).contentType(ContentType.JSON).body("error", equalTo("not_acceptable"));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> bearer(token).get(PARTNER + "/questionnaires").statusCode() == 401);
        bearer(token).get(PARTNER + "/questionnaires").then().statusCode(401).body("error", equalTo("Unauthenticated."));
        bearer(token(client)).get(PARTNER + "/questionnaires").then().statusCode(200); // a new token works again
    }

    @Test
    void theStatesAreTheFiftyAndDcWithFixedIdsAndSearchFiltersTheirNames() {
        String token = token(register(client("states"), Map.of()));
        JsonPath all = bearer(token).get(PARTNER + "/metadata/states").then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        assertEquals(51, all.getList("$").size());
        Map<String, Object> ohio = all.getMap("find { it.abbreviation == 'OH' }");
        assertEquals("Ohio", ohio.get("name"));
        assertEquals(false, ohio.get("is_sync"));
        assertEquals(false, ohio.get("is_av_flow"));
        assertEquals(fixedId("mdi-state-OH"), ohio.get("state_id"));
        assertEquals(Map.of("country_id", fixedId("mdi-country-US"), "name", "United States of America", "abbreviation", "US"), ohio.get("country"));

        JsonPath found = bearer(token).queryParam("search", "california").get(PARTNER + "/metadata/states").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("California"), found.getList("name"));
        assertEquals(List.of("North Carolina", "South Carolina"), bearer(token).queryParam("search", "CAROLINA").get(PARTNER + "/metadata/states")
                .then().statusCode(200).extract().jsonPath().getList("name"));
    }

    @Test
    void citiesOfAStateAreFilteredBySearchAndAnUnknownStateIs404() {
        String token = token(register(client("cities"), Map.of()));
        String california = bearer(token).queryParam("search", "California").get(PARTNER + "/metadata/states").then().statusCode(200)
                .extract().path("[0].state_id");
        JsonPath cities = bearer(token).get(PARTNER + "/metadata/states/" + california + "/cities").then().statusCode(200).extract().jsonPath();
        assertTrue(cities.getList("$").size() >= 5, cities.prettify());
        assertTrue(cities.getList("name").contains("Los Angeles"));
        JsonPath san = bearer(token).queryParam("search", "san").get(PARTNER + "/metadata/states/" + california + "/cities").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("San Diego", "San Jose", "San Francisco"), san.getList("name"));
        assertEquals(fixedId("mdi-city-CA-San Diego"), san.getString("[0].city_id"));
        assertEquals(2, san.getMap("[0]").size(), "name and city_id only");

        bearer(token).get(PARTNER + "/metadata/states/" + fixedId("mdi-state-WY") + "/cities").then().statusCode(200).body("size()", equalTo(0));
        bearer(token).get(PARTNER + "/metadata/states/" + UUID.randomUUID() + "/cities").then().statusCode(404)
                .body("error", equalTo("not_found")).body("message", equalTo("State not found"));
    }

    @Test
    void questionnairesAreListedAndFoundByIdAndAnUnknownOneIs404() {
        String token = token(register(client("questionnaires"), Map.of()));
        JsonPath list = bearer(token).get(PARTNER + "/questionnaires").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Hormone therapy intake", "Weight management intake"), list.getList("name"));
        String id = list.getString("[1].partner_questionnaire_id");
        JsonPath one = bearer(token).get(PARTNER + "/questionnaires/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(list.getMap("[1]"), one.getMap("$"));
        assertTrue(one.getBoolean("active"));
        assertTrue(one.getBoolean("is_weight_asked"));
        List<Map<String, Object>> questions = one.getList("questions");
        assertFalse(questions.isEmpty());
        assertEquals(1, questions.get(0).get("order"));
        assertEquals("single_option", one.getString("questions[1].type"));
        assertEquals(List.of("Lose weight", "Maintain my weight", "Improve my metabolic health"), one.getList("questions[1].options.title"));
        assertEquals(List.of(1, 2, 3), one.getList("questions[1].options.order"));

        bearer(token).get(PARTNER + "/questionnaires/" + UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("not_found")).body("message", equalTo("Questionnaire not found"));
    }

    @Test
    void maintenanceIs418AndThenTheApiAnswersAgain() {
        String client = register(client("maintenance"), Map.of());
        String token = token(client);
        plan(client, "maintenance", 1, "states");
        bearer(token).get(PARTNER + "/questionnaires").then().statusCode(200); // another operation is not affected
        bearer(token).get(PARTNER + "/metadata/states").then().statusCode(418).contentType(ContentType.JSON)
                .body("message", equalTo("API under maintenance"));
        bearer(token).get(PARTNER + "/metadata/states").then().statusCode(200);

        plan(client, "maintenance", 1, "token");
        exchange(credentials(client, secretOf(client))).then().statusCode(418).body("message", equalTo("API under maintenance"));
        token(client);

        json().body(Map.of("client_id", client, "mode", "meteor")).post(BASE + "/_sandbox/faults").then().statusCode(400)
                .body("error", equalTo("invalid_request"));
        json().body(Map.of("client_id", client, "mode", "maintenance", "operation", "cases")).post(BASE + "/_sandbox/faults").then()
                .statusCode(400);
    }

    @Test
    void revokingAClientsTokensMakesThem401AndANewTokenWorks() {
        String client = register(client("revoke"), Map.of());
        String first = token(client);
        String second = token(client);
        bearer(first).get(PARTNER + "/questionnaires").then().statusCode(200);
        json().body(Map.of("client_id", client)).post(BASE + "/_sandbox/revoke").then().statusCode(200).body("revoked", equalTo(true));
        for (String revoked : List.of(first, second)) {
            bearer(revoked).get(PARTNER + "/questionnaires").then().statusCode(401).body("error", equalTo("Unauthenticated."));
        }
        bearer(token(client)).get(PARTNER + "/questionnaires").then().statusCode(200);
        json().body(Map.of("client_id", client("never-registered"))).post(BASE + "/_sandbox/revoke").then().statusCode(404);
    }

    @Test
    void everyCallIsCountedPerOperationRefusedOnesToo() {
        String client = register(client("calls"), Map.of());
        String token = token(client);
        exchange(credentials(client, "wrong")).then().statusCode(401);
        plan(client, "http_503", 1, "cities");
        String state = fixedId("mdi-state-CO");
        bearer(token).get(PARTNER + "/metadata/states/" + state + "/cities").then().statusCode(503).body("error", equalTo("service_unavailable"));
        bearer(token).queryParam("search", "Denver").get(PARTNER + "/metadata/states/" + state + "/cities").then().statusCode(200)
                .body("name", equalTo(List.of("Denver")));
        bearer(token).get(PARTNER + "/metadata/states").then().statusCode(200);
        bearer(token).get(PARTNER + "/questionnaires/" + UUID.randomUUID()).then().statusCode(404);

        JsonPath calls = json().get(BASE + "/_sandbox/calls?client_id=" + client).then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("token", 2, "states", 1, "cities", 2, "questionnaires", 0, "questionnaire", 1, "create_patient", 0,
                "patient_cases", 0, "create_case", 0, "case", 0, "offerings", 0), calls.getMap("$"));
    }

    private static final String DEMO_OFFERING = "5b1f0c3e-8d2a-4c6b-9e47-3a9d2f61c0b8";
    private static final String RECEIVER = "/api/sandbox/webhook-receiver";

    private static Map<String, Object> patientBody() {
        return Map.of("first_name", "Renée", "last_name", "Lin", "email", "renee@example.com", "date_of_birth", "1990-05-04", "gender", 2,
                "phone_number", "3035550100", "phone_type", 2, "metadata", "customer C-1",
                "address", Map.of("address", "1 Main St", "city_id", fixedId("mdi-city-CO-Denver"), "zip_code", "80202"));
    }

    private static String createPatient(String token) {
        return bearer(token).contentType(ContentType.JSON).body(patientBody()).post(PARTNER + "/patients").then().statusCode(201)
                .extract().path("patient_id");
    }

    private static JsonPath createCase(String token, String patientId, String metadata) {
        return bearer(token).contentType(ContentType.JSON).body(Map.of("patient_id", patientId, "metadata", metadata,
                        "case_offerings", List.of(Map.of("offering_id", DEMO_OFFERING)),
                        "case_questions", List.of(Map.of("question", "Allergies?", "answer", "None", "type", "string"))))
                .post(PARTNER + "/cases").then().statusCode(201).extract().jsonPath();
    }

    private static void registerWebhook(String client, String path, int retryIntervalSeconds) {
        json().body(Map.of("client_id", client, "url", Api.baseUri() + path, "authorization", "Bearer hook-" + client, "secret", "hook-secret-" + client,
                "retry_interval_seconds", retryIntervalSeconds)).post(BASE + "/_sandbox/webhook").then().statusCode(200);
    }

    private static JsonPath deliveries(String client, String caseId) {
        return json().queryParam("client_id", client).queryParam("case_id", caseId).get(BASE + "/_sandbox/deliveries").then().statusCode(200)
                .extract().jsonPath();
    }

    private static Response move(String caseId, Map<String, Object> body) {
        return json().body(body).post(BASE + "/_sandbox/cases/" + caseId + "/status");
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void patientsAndCasesAreCreatedAndReadByTheirClientOnly() {
        String client = register(client("cases"), Map.of());
        String token = token(client);
        JsonPath offerings = bearer(token).get(PARTNER + "/offerings").then().statusCode(200).extract().jsonPath();
        assertEquals(3, offerings.getList("$").size());
        assertEquals("MedGrid prescription review", offerings.getString("find { it.offering_id == '" + DEMO_OFFERING + "' }.title"));

        JsonPath patient = bearer(token).contentType(ContentType.JSON).body(patientBody()).post(PARTNER + "/patients").then().statusCode(201)
                .contentType(ContentType.JSON).extract().jsonPath();
        String patientId = patient.getString("patient_id");
        assertEquals(patientId, UUID.fromString(patientId).toString());
        assertEquals("Renée", patient.getString("first_name"));
        assertEquals(fixedId("mdi-city-CO-Denver"), patient.getString("address.city_id"));
        bearer(token).get(PARTNER + "/patients/" + patientId + "/cases").then().statusCode(200).body("size()", equalTo(0));

        JsonPath first = createCase(token, patientId, "SO-1");
        String caseId = first.getString("case_id");
        assertEquals("created", first.getString("case_status.name"));
        assertNull(first.get("case_assignment"));
        assertEquals(List.of(DEMO_OFFERING), first.getList("case_offerings.offering_id"));
        JsonPath read = bearer(token).get(PARTNER + "/cases/" + caseId).then().statusCode(200).extract().jsonPath();
        assertEquals(first.getMap("$"), read.getMap("$"));
        String second = createCase(token, patientId, "SO-2").getString("case_id");
        assertEquals(List.of(caseId, second), bearer(token).get(PARTNER + "/patients/" + patientId + "/cases").then().statusCode(200)
                .extract().jsonPath().getList("case_id"));
        assertEquals(List.of(caseId, second), json().queryParam("client_id", client).get(BASE + "/_sandbox/cases").then().statusCode(200)
                .extract().jsonPath().getList("case_id"));

        String other = token(register(client("cases-other"), Map.of()));
        bearer(other).get(PARTNER + "/cases/" + caseId).then().statusCode(404).body("error", equalTo("not_found"));
        bearer(other).get(PARTNER + "/patients/" + patientId + "/cases").then().statusCode(404);
        bearer(other).contentType(ContentType.JSON).body(Map.of("patient_id", patientId, "case_offerings", List.of(Map.of("offering_id", DEMO_OFFERING))))
                .post(PARTNER + "/cases").then().statusCode(404);

        JsonPath calls = json().get(BASE + "/_sandbox/calls?client_id=" + client).then().statusCode(200).extract().jsonPath();
        assertEquals(1, calls.getInt("create_patient"));
        assertEquals(2, calls.getInt("create_case"));
        assertEquals(2, calls.getInt("patient_cases"));
        assertEquals(1, calls.getInt("case"));
        assertEquals(1, calls.getInt("offerings"));
    }

    @Test
    void badPatientsAndCasesAre422NamingEveryFieldAndFaultsPlayOnTheNewOperations() {
        String client = register(client("invalid"), Map.of());
        String token = token(client);
        Map<String, Object> noName = new HashMap<>(patientBody());
        noName.remove("first_name");
        noName.put("gender", 5);
        bearer(token).contentType(ContentType.JSON).body(noName).post(PARTNER + "/patients").then().statusCode(422)
                .contentType(ContentType.JSON).body("message", equalTo("The given data was invalid."))
                .body("errors.first_name", equalTo(List.of("The first name field is required.")))
                .body("errors.gender", equalTo(List.of("The selected gender is invalid.")));
        String patientId = createPatient(token);
        bearer(token).contentType(ContentType.JSON).body(Map.of("patient_id", patientId, "case_offerings", List.of(Map.of("offering_id", "nope"))))
                .post(PARTNER + "/cases").then().statusCode(422)
                .body("errors.'case_offerings.0.offering_id'", equalTo(List.of("The selected case offerings.0.offering id is invalid.")));
        bearer(token).contentType(ContentType.JSON).body(Map.of("patient_id", UUID.randomUUID().toString(),
                "case_offerings", List.of(Map.of("offering_id", DEMO_OFFERING)))).post(PARTNER + "/cases").then().statusCode(404);
        bearer(token).get(PARTNER + "/cases/" + UUID.randomUUID()).then().statusCode(404);

        plan(client, "maintenance", 1, "create_case");
        bearer(token).contentType(ContentType.JSON).body(Map.of("patient_id", patientId, "case_offerings", List.of(Map.of("offering_id", DEMO_OFFERING))))
                .post(PARTNER + "/cases").then().statusCode(418).body("message", equalTo("API under maintenance"));
        plan(client, "http_503", 1, "offerings");
        bearer(token).get(PARTNER + "/offerings").then().statusCode(503);
        bearer(token).get(PARTNER + "/offerings").then().statusCode(200);
        assertEquals(0, json().queryParam("client_id", client).get(BASE + "/_sandbox/cases").then().statusCode(200).extract().jsonPath()
                .getList("$").size(), "a refused call made no case");
    }

    @Test
    void movesSendMdisEventsSignedAsRegisteredAndAResendSendsTheSameBytes() throws Exception {
        String client = register(client("webhook"), Map.of());
        String token = token(client);
        String caseId = createCase(token, createPatient(token), "SO-9/é").getString("case_id");
        json().body(Map.of("client_id", "mdi-demo-client", "url", "http://example.com", "authorization", "a", "secret", "s"))
                .post(BASE + "/_sandbox/webhook").then().statusCode(409);
        move(caseId, Map.of("status", "waiting")).then().statusCode(200); // no webhook yet: moved, nothing sent
        assertEquals(0, deliveries(client, caseId).getList("$").size());
        registerWebhook(client, RECEIVER, 1);

        JsonPath taken = move(caseId, Map.of("status", "processing", "clinician", Map.of("full_name", "Dr. Sam Ortiz", "npi", "1245319599")))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Dr. Sam Ortiz", taken.getString("case_assignment.clinician.full_name"));
        assertNull(taken.get("delivery_id"), "processing sends no event");
        String waiting = move(caseId, Map.of("status", "waiting")).then().statusCode(200).body("case_status.name", equalTo("waiting"))
                .extract().path("delivery_id");
        JsonPath approved = move(caseId, Map.of("status", "approved")).then().statusCode(200).extract().jsonPath();
        assertEquals(1, approved.getList("prescriptions").size());
        assertEquals(DEMO_OFFERING, approved.getString("prescriptions[0].offering_id"));
        move(caseId, Map.of("status", "cancelled", "reason", "too late")).then().statusCode(409).body("error", equalTo("conflict"));
        move(caseId, Map.of("status", "shipped")).then().statusCode(400);
        bearer(token).get(PARTNER + "/cases/" + caseId).then().statusCode(200).body("case_status.name", equalTo("approved"));

        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries(client, caseId).getList("delivered").equals(List.of(true, true)));
        JsonPath sent = deliveries(client, caseId);
        assertEquals(List.of("case_waiting", "case_approved"), sent.getList("event_type"));
        assertEquals(waiting, sent.getString("[0].delivery_id"));
        String body = sent.getString("[0].body");
        long timestamp = sent.getLong("[0].timestamp");
        assertEquals("{\"timestamp\":" + timestamp + ",\"event_type\":\"case_waiting\",\"case_id\":\"" + caseId
                + "\",\"metadata\":\"SO-9\\/\\u00e9\"}", body);
        assertEquals(hmac("hook-secret-" + client, body.getBytes(StandardCharsets.US_ASCII)), sent.getString("[0].signature"));
        assertEquals(List.of(204), sent.getList("[0].attempts.status"));
        assertTrue(Api.request().get(RECEIVER).then().extract().jsonPath().getList("deliveries.body").contains(body), "the bytes arrived as recorded");

        json().post(BASE + "/_sandbox/deliveries/" + waiting + "/resend").then().statusCode(200).body("attempt.status", equalTo(204));
        JsonPath resent = deliveries(client, caseId);
        assertEquals(List.of(204, 204), resent.getList("[0].attempts.status"));
        assertEquals(body, resent.getString("[0].body"));
        json().post(BASE + "/_sandbox/deliveries/" + UUID.randomUUID() + "/resend").then().statusCode(404);

        String event = json().body(Map.of("event_type", "order_tracking_number_changed", "order_status", "fulfilled",
                        "order_details", "Tracking Number: 101010", "timestamp", 1733258743))
                .post(BASE + "/_sandbox/cases/" + caseId + "/events").then().statusCode(200).extract().path("delivery_id");
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries(client, caseId).getBoolean("find { it.delivery_id == '" + event + "' }.delivered"));
        assertEquals("{\"timestamp\":1733258743,\"event_type\":\"order_tracking_number_changed\",\"encounter_id\":\"" + caseId
                        + "\",\"case_id\":\"" + caseId + "\",\"order_status\":\"fulfilled\",\"order_details\":\"Tracking Number: 101010\"}",
                deliveries(client, caseId).getString("find { it.delivery_id == '" + event + "' }.body"));
        json().body(Map.of("event_type", "case_reopened")).post(BASE + "/_sandbox/cases/" + caseId + "/events").then().statusCode(400);
    }

    @Test
    void anEventMedGridDoesNotTakeIsRetriedFourTimesWithTheSameBytesAndTimestamp() {
        String client = register(client("retries"), Map.of());
        String token = token(client);
        String caseId = createCase(token, createPatient(token), "SO-10").getString("case_id");
        registerWebhook(client, BASE + "/_sandbox/no-such-webhook", 1);
        String delivery = json().body(Map.of("event_type", "case_waiting")).post(BASE + "/_sandbox/cases/" + caseId + "/events").then()
                .statusCode(200).extract().path("delivery_id");
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(client, caseId).getList("[0].attempts").size() == 5);
        JsonPath sent = deliveries(client, caseId);
        assertEquals(delivery, sent.getString("[0].delivery_id"));
        assertEquals(List.of(404, 404, 404, 404, 404), sent.getList("[0].attempts.status"));
        assertFalse(sent.getBoolean("[0].delivered"));
        assertTrue(sent.getString("[0].body").startsWith("{\"timestamp\":" + sent.getLong("[0].timestamp") + ","), sent.getString("[0].body"));

        registerWebhook(client, RECEIVER, 1); // MedGrid answers again: a late resend is taken
        json().post(BASE + "/_sandbox/deliveries/" + delivery + "/resend").then().statusCode(200).body("attempt.status", equalTo(204));
        assertTrue(deliveries(client, caseId).getBoolean("[0].delivered"));
    }

    @Test
    void theDemoPartnersCasesAreReviewedAndApprovedByTheDemoClinician() {
        String token = token("mdi-demo-client", "mdi-demo-secret");
        String caseId = createCase(token, createPatient(token), "SO-demo-" + TAG).getString("case_id");
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500))
                .until(() -> "approved".equals(bearer(token).get(PARTNER + "/cases/" + caseId).then().statusCode(200).extract().path("case_status.name")));
        JsonPath approved = bearer(token).get(PARTNER + "/cases/" + caseId).then().extract().jsonPath();
        assertEquals("Dr. Avery Lin", approved.getString("case_assignment.clinician.full_name"));
        assertEquals("1234567893", approved.getString("case_assignment.clinician.npi"));
        assertEquals(List.of(DEMO_OFFERING), approved.getList("prescriptions.offering_id"));
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries("mdi-demo-client", caseId).getList("event_type").equals(List.of("case_approved")));
    }
}
