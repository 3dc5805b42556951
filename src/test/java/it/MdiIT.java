package it;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MD Integrations' metadata for clinics and EMRs against the sandbox's MD Integrations (a partner
 * client of the test's own): the partner token kept and renewed when revoked, states and cities kept
 * between calls, questionnaires passed through, maintenance (418) as a clear wait, and who may ask.
 */
class MdiIT {

    private static final String CLIENT = "mdi-it-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String SECRET = "secret-" + UUID.randomUUID();
    private static final String CONTROL = "/api/sandbox/mdi/_sandbox/";
    private static Api.TestUser clinic;
    private static Api.TestUser emr;

    @BeforeAll
    static void connectAPartner() {
        Api.request().contentType(ContentType.JSON).body(Map.of("client_id", CLIENT, "client_secret", SECRET)).post(CONTROL + "clients")
                .then().statusCode(200);
        connect(SECRET).then().statusCode(200).body("message.ok", equalTo(true)).body("message.status", equalTo("connected"));
        clinic = Api.newUser("Customer");
        emr = Api.newUser("EMR Integration");
    }

    @AfterAll
    static void demoAccountsAgain() {
        Demo.connectDemoAccounts();
    }

    private static Response connect(String secret) {
        return Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("integration_type", "mdi", "mdi_client_id", CLIENT, "mdi_client_secret", secret))
                .post("/api/method/medgrid.integrations.connect");
    }

    private static int calls(String operation) {
        Object n = Api.request().queryParam("client_id", CLIENT).get(CONTROL + "calls").then().statusCode(200).extract().jsonPath()
                .getMap("").get(operation);
        return n == null ? 0 : ((Number) n).intValue();
    }

    private static List<Map<String, Object>> states(Api.TestUser user, String search) {
        return user.request().queryParam("search", search).get("/api/method/medgrid.mdi.get_states").then().statusCode(200)
                .extract().jsonPath().getList("message");
    }

    @Test
    void clinicsAndEmrsGetStatesAndCitiesKeptBetweenCalls() {
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("integration_type", "mdi"))
                .post("/api/method/medgrid.integrations.sync_now").then().statusCode(200).body("message.ok", equalTo(true))
                .body("message.stats.states", equalTo(51));
        int asked = calls("states");
        List<Map<String, Object>> california = states(clinic, "califor");
        assertEquals(1, california.size());
        assertEquals("CA", california.get(0).get("abbreviation"));
        assertEquals(1, states(emr, "TEXAS").size());
        assertEquals(51, states(emr, null).size());
        assertEquals(asked, calls("states"), "states are kept, not asked for again");

        String stateId = (String) california.get(0).get("state_id");
        List<Map<String, Object>> cities = clinic.request().queryParams(Map.of("state_id", stateId)).get("/api/method/medgrid.mdi.get_cities")
                .then().statusCode(200).extract().jsonPath().getList("message");
        assertFalse(cities.isEmpty());
        String first = (String) cities.get(0).get("name");
        List<Map<String, Object>> searched = clinic.request().queryParams(Map.of("state_id", stateId, "search", first.substring(0, 3).toLowerCase()))
                .get("/api/method/medgrid.mdi.get_cities").then().statusCode(200).extract().jsonPath().getList("message");
        assertTrue(searched.stream().allMatch(c -> ((String) c.get("name")).toLowerCase().contains(first.substring(0, 3).toLowerCase())), searched::toString);

        Api.assertError(clinic.request().queryParam("state_id", "../../partner").get("/api/method/medgrid.mdi.get_cities"),
                417, "ValidationError", "state_id must be an MD Integrations id");
        Api.assertError(clinic.request().queryParam("state_id", UUID.randomUUID().toString()).get("/api/method/medgrid.mdi.get_cities"),
                417, "ValidationError", "HTTP 404");
    }

    @Test
    void questionnairesArePassedThrough() {
        List<Map<String, Object>> all = emr.request().get("/api/method/medgrid.mdi.list_questionnaires").then().statusCode(200)
                .extract().jsonPath().getList("message");
        assertFalse(all.isEmpty());
        String id = (String) all.get(0).get("partner_questionnaire_id");
        emr.request().queryParam("questionnaire_id", id).get("/api/method/medgrid.mdi.get_questionnaire").then().statusCode(200)
                .body("message.partner_questionnaire_id", equalTo(id)).body("message.name", equalTo(all.get(0).get("name")));
        Api.assertError(emr.request().queryParam("questionnaire_id", UUID.randomUUID().toString()).get("/api/method/medgrid.mdi.get_questionnaire"),
                417, "ValidationError", "Questionnaire not found");
    }

    @Test
    void maintenanceIsAClearWaitNotARefusal() {
        // three answers: the call and its two retries (a wait is worth retrying, unlike a refusal)
        Api.request().contentType(ContentType.JSON).body(Map.of("client_id", CLIENT, "mode", "maintenance", "count", 3, "operation", "questionnaires"))
                .post(CONTROL + "faults").then().statusCode(200);
        Api.assertError(clinic.request().get("/api/method/medgrid.mdi.list_questionnaires"), 417, "ValidationError", "under maintenance");
        clinic.request().get("/api/method/medgrid.mdi.list_questionnaires").then().statusCode(200);
    }

    @Test
    void aRevokedTokenIsReplacedOnce() {
        clinic.request().get("/api/method/medgrid.mdi.list_questionnaires").then().statusCode(200);
        int tokens = calls("token");
        Api.request().contentType(ContentType.JSON).body(Map.of("client_id", CLIENT)).post(CONTROL + "revoke").then().statusCode(200);
        clinic.request().get("/api/method/medgrid.mdi.list_questionnaires").then().statusCode(200);
        assertEquals(tokens + 1, calls("token"), "one new token after the revocation");
        clinic.request().get("/api/method/medgrid.mdi.list_questionnaires").then().statusCode(200);
        assertEquals(tokens + 1, calls("token"), "and then kept");
    }

    @Test
    void onlyClinicsEmrsAndAdminsMayAskAndAWrongSecretIsRefusedAtConnect() {
        Api.assertError(Api.newUser("Vendor").request().get("/api/method/medgrid.mdi.get_states"), 403, "PermissionError", "");
        connect("not-the-secret").then().statusCode(200).body("message.ok", equalTo(false))
                .body("message.error", containsString("mdi_client_secret"));
        connect(SECRET).then().statusCode(200).body("message.ok", equalTo(true));
    }
}
