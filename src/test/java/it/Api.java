package it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Helpers for black-box tests against the server the build started. */
final class Api {

    static final String ADMIN_EMAIL = "admin@medgrid.local";
    static final String ADMIN_PASSWORD = "medgrid-admin";

    /** A user the test created, with a key pair. */
    record TestUser(String email, String password, String apiKey, String apiSecret) {
        String token() {
            return "token " + apiKey + ":" + apiSecret;
        }

        RequestSpecification request() {
            return Api.request().header("Authorization", token());
        }
    }

    /** A browser-style login: the sid cookie, and the CSRF token that writes with it must send. */
    record Session(String sid, String csrfToken) {
        RequestSpecification request() {
            return Api.request().cookie("sid", sid).header("X-Frappe-CSRF-Token", csrfToken);
        }
    }

    private static TestUser admin;

    private Api() {
    }

    static String baseUri() {
        return "http://localhost:" + System.getProperty("http.port", "9080");
    }

    static RequestSpecification request() {
        return RestAssured.given().baseUri(baseUri()).urlEncodingEnabled(true);
    }

    /** The bootstrap administrator, with a key pair generated once per test run. */
    static synchronized TestUser admin() {
        if (admin == null) {
            Map<String, String> keys = session(ADMIN_EMAIL, ADMIN_PASSWORD).request()
                    .post("/api/method/frappe.core.doctype.user.user.generate_keys")
                    .then().statusCode(200).extract().jsonPath().getMap("message");
            admin = new TestUser(ADMIN_EMAIL, ADMIN_PASSWORD, keys.get("api_key"), keys.get("api_secret"));
        }
        return admin;
    }

    static Response login(String usr, String pwd) {
        return request().contentType(ContentType.JSON).body(Map.of("usr", usr, "pwd", pwd)).post("/api/method/login");
    }

    static Session session(String usr, String pwd) {
        Response login = login(usr, pwd).then().statusCode(200).extract().response();
        return new Session(login.cookie("sid"), login.jsonPath().getString("csrf_token"));
    }

    /**
     * A login as if from {@code clientAddress}: the development build believes X-Forwarded-For from
     * loopback. Tests of login throttling use their own addresses, so that they never use up the
     * budget of the address every other test logs in from.
     */
    static Response loginFrom(String clientAddress, String usr, String pwd) {
        return request().header("X-Forwarded-For", clientAddress).contentType(ContentType.JSON)
                .body(Map.of("usr", usr, "pwd", pwd)).post("/api/method/login");
    }

    /** A client address of this test run's own, from the shared address space 100.64.0.0/10. */
    static String newClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "100." + random.nextInt(64, 128) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** The administrator creates a document (a test's fixture); 200 expected. */
    static void insert(String doctype, Map<String, Object> body) {
        admin().request().contentType(ContentType.JSON).body(body).post("/api/resource/" + doctype).then().statusCode(200);
    }

    /** A new user with these roles, a password and a key pair; unique per call so reruns never collide. */
    static TestUser newUser(String... roles) {
        String email = "it-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
        String password = "pw-" + UUID.randomUUID();
        admin().request().contentType(ContentType.JSON)
                .body(Map.of("email", email, "full_name", "IT " + email, "roles", List.of(roles), "new_password", password))
                .post("/api/resource/User")
                .then().statusCode(200);
        Map<String, String> keys = admin().request().contentType(ContentType.JSON).body(Map.of("user", email))
                .post("/api/method/frappe.core.doctype.user.user.generate_keys")
                .then().statusCode(200).extract().jsonPath().getMap("message");
        return new TestUser(email, password, keys.get("api_key"), keys.get("api_secret"));
    }

    /** A new Vendor user, and an Approved Vendor Profile named {@code profile} that it sells as. */
    static TestUser approvedVendor(String profile) {
        TestUser vendor = newUser("Vendor");
        insert("Vendor Profile", Map.of("vendor_name", profile, "vendor_user", vendor.email(), "status", "Approved"));
        return vendor;
    }

    /**
     * Asserts the Frappe error format: status, exc_type, and {@code _server_messages} as a JSON
     * string of a list of JSON strings whose first message contains {@code messagePart}.
     */
    static void assertError(Response response, int status, String excType, String messagePart) {
        assertEquals(status, response.statusCode(), () -> "body: " + response.asString());
        assertTrue(response.contentType().startsWith("application/json"), () -> "content type " + response.contentType());
        JsonObject body = parse(response.asString()).asJsonObject();
        assertEquals(excType, body.getString("exc_type"));
        assertTrue(body.getString("exception").startsWith("frappe.exceptions." + excType + ": "), body.getString("exception"));
        JsonArray messages = parse(body.getString("_server_messages")).asJsonArray();
        assertTrue(!messages.isEmpty(), "no _server_messages");
        String first = parse(((JsonString) messages.get(0)).getString()).asJsonObject().getString("message");
        assertTrue(first.contains(messagePart), () -> "message '" + first + "' lacks '" + messagePart + "'");
    }

    /** All messages of an error body, decoded. */
    static List<String> messages(Response response) {
        JsonObject body = parse(response.asString()).asJsonObject();
        return parse(body.getString("_server_messages")).asJsonArray().stream()
                .map(v -> parse(((JsonString) v).getString()).asJsonObject().getString("message"))
                .toList();
    }

    static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
