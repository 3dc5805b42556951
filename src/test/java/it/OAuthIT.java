package it;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * OAuth2 client credentials for EMRs and Custom Apps, end to end: an administrator registers a
 * client, the client gets tokens at Frappe's path, Bearer calls are limited by the user's roles and
 * the token's scopes, and revoking the token or disabling the client ends it at once.
 */
class OAuthIT {

    private static final String TOKEN_PATH = "/api/method/frappe.integrations.oauth2.get_token";
    private static final String REVOKE_PATH = "/api/method/frappe.integrations.oauth2.revoke_token";
    private static final String INTROSPECT_PATH = "/api/method/frappe.integrations.oauth2.introspect_token";

    private record Client(String id, String secret) {
    }

    private static Client register(String user, List<String> scopes) {
        Response created = Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("app_name", "IT EMR", "user", user, "scopes", scopes))
                .post("/api/resource/OAuth Client").then().statusCode(200)
                .body("data.user", equalTo(user)).body("data.scopes", equalTo(scopes))
                .body("data", not(hasKey("client_secret_hash")))
                .extract().response();
        String id = created.path("data.client_id");
        assertEquals(id, created.path("data.name"));
        return new Client(id, created.path("data.client_secret"));
    }

    private static Response token(Client client, String scope) {
        RequestSpecification request = Api.request().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", client.id()).formParam("client_secret", client.secret());
        if (scope != null) {
            request.formParam("scope", scope);
        }
        return request.post(TOKEN_PATH);
    }

    private static String accessToken(Client client, String scope) {
        return token(client, scope).then().statusCode(200).extract().path("access_token");
    }

    private static RequestSpecification bearer(String token) {
        return Api.request().header("Authorization", "Bearer " + token);
    }

    private static void assertOAuthError(Response response, int status, String error, String descriptionPart) {
        response.then().statusCode(status).header("Cache-Control", "no-store")
                .body("error", equalTo(error)).body("error_description", containsString(descriptionPart));
        Api.assertError(response, status, status == 401 ? "AuthenticationError" : "BadRequestError", descriptionPart);
    }

    @Test
    void anEmrClientGetsATokenAndCallsTheEmrApisWithinItsScopes() {
        Api.TestUser emr = Api.newUser("EMR Integration");
        Client client = register(emr.email(), List.of("emr", "catalog.read"));
        Api.admin().request().get("/api/resource/OAuth Client/" + client.id()).then().statusCode(200)
                .body("data", not(hasKey("client_secret"))).body("data.app_name", equalTo("IT EMR"));

        token(client, null).then().statusCode(200).header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer")).body("expires_in", equalTo(3600)).body("scope", equalTo("emr catalog.read"));
        String token = accessToken(client, null);

        bearer(token).get("/api/method/frappe.auth.get_logged_user").then().statusCode(200).body("message", equalTo(emr.email()));
        bearer(token).get("/api/resource/Item").then().statusCode(200);
        // the EMR API is reached (and answers about the customer), so role and scope let the call through
        Api.assertError(bearer(token).contentType(ContentType.JSON).body(Map.of("customer", "Nobody OAuthIT"))
                .post("/api/method/medgrid.perfectrx.ensure_patient"), 417, "ValidationError", "Could not find Customer");
        // scopes never widen the roles: an EMR user reads no Sales Orders whatever its token says
        Api.assertError(bearer(token).get("/api/resource/Sales Order"), 403, "PermissionError", "requires one of the roles");
        // a limited credential cannot mint an unlimited one
        Api.assertError(bearer(token).contentType(ContentType.JSON).body(Map.of())
                .post("/api/method/frappe.core.doctype.user.user.generate_keys"), 403, "PermissionError", "not open to OAuth tokens");

        String catalogOnly = accessToken(client, "catalog.read");
        Api.assertError(bearer(catalogOnly).contentType(ContentType.JSON).body(Map.of("customer", "Nobody OAuthIT"))
                .post("/api/method/medgrid.perfectrx.ensure_patient"), 403, "PermissionError", "requires the scope emr");
    }

    @Test
    void scopesLimitDocTypeReadsAndWritesAndTheMessageNamesTheMissingScope() {
        Client client = register(Api.ADMIN_EMAIL, List.of("orders.read", "catalog.read"));
        String token = accessToken(client, "orders.read");
        bearer(token).get("/api/resource/Sales Order").then().statusCode(200);
        bearer(token).queryParam("doctype", "Sales Order").get("/api/method/frappe.client.get_count").then().statusCode(200);
        Api.assertError(bearer(token).contentType(ContentType.JSON).body(Map.of("customer", "X", "items", List.of()))
                .post("/api/resource/Sales Order"), 403, "PermissionError", "requires the scope orders.write");
        Api.assertError(bearer(token).get("/api/resource/Item"), 403, "PermissionError", "requires the scope catalog.read");
        Api.assertError(bearer(token).queryParam("doctype", "Item").get("/api/method/frappe.client.get_count"),
                403, "PermissionError", "requires the scope catalog.read");
        Api.assertError(bearer(token).get("/api/resource/Webhook Subscription"), 403, "PermissionError", "requires the scope webhooks.manage");
        Api.assertError(bearer(token).get("/api/resource/User"), 403, "PermissionError", "not open to OAuth tokens");
        Api.assertError(bearer(token).get("/api/resource/OAuth Client"), 403, "PermissionError", "not open to OAuth tokens");

        assertOAuthError(token(client, "orders.write"), 400, "invalid_scope", "may not ask for orders.write");
        assertOAuthError(token(client, "orders.everything"), 400, "invalid_scope", "Unknown scope orders.everything");
    }

    @Test
    void clientsAuthenticateWithBasicOrTheFormAndBadRequestsGetOAuthErrors() {
        Client client = register(Api.ADMIN_EMAIL, List.of("catalog.read"));
        String basic = java.util.Base64.getEncoder().encodeToString((client.id() + ":" + client.secret()).getBytes());
        String token = Api.request().header("Authorization", "Basic " + basic).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post(TOKEN_PATH)
                .then().statusCode(200).body("scope", equalTo("catalog.read")).extract().path("access_token");
        bearer(token).get("/api/resource/Item").then().statusCode(200);

        Response wrongBasic = Api.request().header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((client.id() + ":wrong").getBytes())).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post(TOKEN_PATH);
        assertOAuthError(wrongBasic, 401, "invalid_client", "wrong client_secret");
        assertEquals("Basic realm=\"MedGrid\"", wrongBasic.header("WWW-Authenticate"));
        assertOAuthError(token(new Client(client.id(), "wrong"), null), 401, "invalid_client", "wrong client_secret");
        assertOAuthError(Api.request().contentType(ContentType.URLENC).formParam("client_id", client.id())
                .formParam("client_secret", client.secret()).post(TOKEN_PATH), 400, "invalid_request", "grant_type is required");
        assertOAuthError(Api.request().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("client_id", client.id()).formParam("client_secret", client.secret()).post(TOKEN_PATH),
                400, "unsupported_grant_type", "use client_credentials");
        assertOAuthError(Api.request().header("Authorization", "Basic " + basic).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", client.id()).post(TOKEN_PATH),
                400, "invalid_request", "not both");

        Api.assertError(bearer("not-a-token").get("/api/resource/Item"), 401, "AuthenticationError", "Invalid access token");
    }

    @Test
    void revokingTheTokenOrDisablingTheClientEndsItAtOnce() {
        Client client = register(Api.ADMIN_EMAIL, List.of("catalog.read"));
        String token = accessToken(client, null);
        Api.admin().request().contentType(ContentType.URLENC).formParam("token", token).post(INTROSPECT_PATH).then().statusCode(200)
                .body("active", equalTo(true)).body("client_id", equalTo(client.id())).body("username", equalTo(Api.ADMIN_EMAIL))
                .body("scope", equalTo("catalog.read")).body("token_type", equalTo("Bearer"));
        Api.assertError(bearer(token).contentType(ContentType.URLENC).formParam("token", token).post(INTROSPECT_PATH),
                403, "PermissionError", "not open to OAuth tokens");

        Client other = register(Api.ADMIN_EMAIL, List.of("catalog.read"));
        assertOAuthError(Api.request().contentType(ContentType.URLENC).formParam("token", token)
                .formParam("client_id", other.id()).formParam("client_secret", other.secret()).post(REVOKE_PATH),
                400, "unauthorized_client", "not issued to client");
        bearer(token).get("/api/resource/Item").then().statusCode(200);

        Api.request().contentType(ContentType.URLENC).formParam("token", token)
                .formParam("client_id", client.id()).formParam("client_secret", client.secret()).post(REVOKE_PATH)
                .then().statusCode(200);
        Api.assertError(bearer(token).get("/api/resource/Item"), 401, "AuthenticationError", "Invalid access token");
        Api.admin().request().contentType(ContentType.URLENC).formParam("token", token).post(INTROSPECT_PATH).then().statusCode(200)
                .body("active", equalTo(false)).body("$", not(hasKey("client_id")));
        Api.request().contentType(ContentType.URLENC).formParam("token", "never-issued")
                .formParam("client_id", client.id()).formParam("client_secret", client.secret()).post(REVOKE_PATH)
                .then().statusCode(200);

        String second = accessToken(client, null);
        bearer(second).get("/api/resource/Item").then().statusCode(200);
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("enabled", 0))
                .put("/api/resource/OAuth Client/" + client.id()).then().statusCode(200);
        Api.assertError(bearer(second).get("/api/resource/Item"), 401, "AuthenticationError", "Invalid access token");
        assertOAuthError(token(client, null), 401, "invalid_client", "is disabled");
    }

    @Test
    void theDevelopmentBuildRegistersADemoEmrClient() {
        Api.admin().request().queryParam("fields", "[\"name\", \"scopes\"]")
                .queryParam("filters", "[[\"user\", \"=\", \"emr@medgrid.local\"], [\"app_name\", \"=\", \"Demo EMR\"]]")
                .get("/api/resource/OAuth Client").then().statusCode(200)
                .body("data.size()", equalTo(1)).body("data[0].scopes", containsString("emr"));
    }

    @Test
    void onlyAdministratorsRegisterClientsAndTheInputIsChecked() {
        Api.TestUser partner = Api.newUser("Customer");
        Api.assertError(partner.request().get("/api/resource/OAuth Client"), 403, "PermissionError", "requires one of the roles");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("app_name", "X", "user", Api.ADMIN_EMAIL, "scopes", List.of("orders.everything")))
                .post("/api/resource/OAuth Client"), 417, "ValidationError", "\"orders.everything\" is not one of");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("app_name", "X", "user", "nobody@example.com", "scopes", List.of("emr")))
                .post("/api/resource/OAuth Client"), 417, "ValidationError", "no user nobody@example.com");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("app_name", "X", "user", Api.ADMIN_EMAIL))
                .post("/api/resource/OAuth Client"), 417, "ValidationError", "scopes must be a non-empty JSON list");
    }

    @Test
    void anApiKeyGeneratedWithScopesIsLimitedToThem() {
        Api.TestUser manager = Api.newUser("Sales Manager");
        Map<String, Object> keys = manager.request().contentType(ContentType.JSON).body(Map.of("scopes", List.of("catalog.read")))
                .post("/api/method/frappe.core.doctype.user.user.generate_keys").then().statusCode(200)
                .body("message.scopes", equalTo(List.of("catalog.read"))).extract().jsonPath().getMap("message");
        RequestSpecification scoped = Api.request().header("Authorization", "token " + keys.get("api_key") + ":" + keys.get("api_secret"));
        scoped.get("/api/resource/Item").then().statusCode(200);
        Api.assertError(Api.request().header("Authorization", "token " + keys.get("api_key") + ":" + keys.get("api_secret"))
                .get("/api/resource/Sales Order"), 403, "PermissionError", "requires the scope orders.read");

        Map<String, Object> unscoped = Api.session(manager.email(), manager.password()).request().contentType(ContentType.JSON)
                .body(Map.of()).post("/api/method/frappe.core.doctype.user.user.generate_keys").then().statusCode(200)
                .body("message", not(hasKey("scopes"))).extract().jsonPath().getMap("message");
        assertNotEquals(keys.get("api_key"), unscoped.get("api_key"));
        Api.request().header("Authorization", "token " + unscoped.get("api_key") + ":" + unscoped.get("api_secret"))
                .get("/api/resource/Sales Order").then().statusCode(200);
    }
}
