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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The MD Integrations simulator on the wire, as the connector meets it: the client credentials →
 * access token exchange and its refusals; the bearer token (unknown, expired, revoked: 401) and
 * {@code Accept: application/json}; states, cities and questionnaires; the maintenance fault (418);
 * the calls counted per operation. Each test registers a client of its own, so the demo partner's
 * is left alone.
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
        return exchange(credentials(client, secretOf(client))).then().statusCode(200).extract().path("access_token");
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
        assertEquals(Map.of("token", 2, "states", 1, "cities", 2, "questionnaires", 0, "questionnaire", 1), calls.getMap("$"));
    }
}
