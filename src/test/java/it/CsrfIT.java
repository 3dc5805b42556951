package it;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** Writes authenticated by the sid cookie must carry the session's X-Frappe-CSRF-Token. */
class CsrfIT {

    private static final String GENERATE_KEYS = "/api/method/frappe.core.doctype.user.user.generate_keys";
    private static final String LOGGED_USER = "/api/method/frappe.auth.get_logged_user";

    @Test
    void aCookieWriteNeedsTheSessionsToken() {
        Api.TestUser user = Api.newUser("Customer");
        Api.Session session = Api.session(user.email(), user.password());

        Api.assertError(Api.request().cookie("sid", session.sid()).post(GENERATE_KEYS), 400, "CSRFTokenError", "X-Frappe-CSRF-Token");
        Api.assertError(Api.request().cookie("sid", session.sid()).header("X-Frappe-CSRF-Token", "not-the-token").post(GENERATE_KEYS),
                400, "CSRFTokenError", "X-Frappe-CSRF-Token");
        Api.Session other = Api.session(user.email(), user.password());
        Api.assertError(Api.request().cookie("sid", session.sid()).header("X-Frappe-CSRF-Token", other.csrfToken()).post(GENERATE_KEYS),
                400, "CSRFTokenError", "X-Frappe-CSRF-Token");
        // None of the refused calls replaced the user's key pair.
        user.request().get(LOGGED_USER).then().statusCode(200);

        session.request().post(GENERATE_KEYS).then().statusCode(200).body("message.user", equalTo(user.email()));
    }

    @Test
    void formAndPlainTextPostsWithOnlyTheCookieAreRefused() {
        Api.TestUser user = Api.newUser("Customer");
        Api.Session session = Api.session(user.email(), user.password());
        Api.assertError(Api.request().cookie("sid", session.sid()).contentType(ContentType.URLENC).formParam("user", user.email())
                .post(GENERATE_KEYS), 400, "CSRFTokenError", "X-Frappe-CSRF-Token");
        Api.assertError(Api.request().cookie("sid", session.sid()).contentType(ContentType.TEXT).body("{\"user\": \"" + user.email() + "\"}")
                .post(GENERATE_KEYS), 400, "CSRFTokenError", "X-Frappe-CSRF-Token");
        user.request().get(LOGGED_USER).then().statusCode(200);
    }

    @Test
    void everyWritingMethodIsCheckedAndReadsAreNot() {
        Api.TestUser target = Api.newUser("Customer");
        Api.Session admin = Api.session(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        Api.request().cookie("sid", admin.sid()).get("/api/resource/User/" + target.email()).then().statusCode(200);
        Api.assertError(Api.request().cookie("sid", admin.sid()).contentType(ContentType.JSON).body(Map.of("full_name", "Renamed"))
                .put("/api/resource/User/" + target.email()), 400, "CSRFTokenError", "X-Frappe-CSRF-Token");
        Api.assertError(Api.request().cookie("sid", admin.sid()).delete("/api/resource/User/" + target.email()),
                400, "CSRFTokenError", "X-Frappe-CSRF-Token");
        admin.request().contentType(ContentType.JSON).body(Map.of("full_name", "Renamed"))
                .put("/api/resource/User/" + target.email()).then().statusCode(200).body("data.full_name", equalTo("Renamed"));
    }

    @Test
    void keyAuthenticatedWritesNeedNoToken() {
        Api.TestUser user = Api.newUser("Customer");
        Api.Session session = Api.session(user.email(), user.password());
        user.request().post(GENERATE_KEYS).then().statusCode(200);
        // With both, the Authorization header is what authenticates, and a forging page cannot send one.
        Api.TestUser other = Api.newUser("Customer");
        other.request().cookie("sid", session.sid()).post(GENERATE_KEYS).then().statusCode(200).body("message.user", equalTo(other.email()));
    }

    @Test
    void loginNeedsNoTokenEvenWithALiveSession() {
        Api.TestUser user = Api.newUser("Customer");
        Api.Session session = Api.session(user.email(), user.password());
        Api.request().cookie("sid", session.sid()).contentType(ContentType.JSON)
                .body(Map.of("usr", user.email(), "pwd", user.password()))
                .post("/api/method/login").then().statusCode(200).body("message", equalTo("Logged In"));
    }

    @Test
    void logoutByPostNeedsTheTokenAndByGetDoesNot() {
        Api.TestUser user = Api.newUser("Customer");
        Api.Session session = Api.session(user.email(), user.password());
        Api.assertError(Api.request().cookie("sid", session.sid()).post("/api/method/logout"), 400, "CSRFTokenError", "X-Frappe-CSRF-Token");
        Api.request().cookie("sid", session.sid()).get(LOGGED_USER).then().statusCode(200);
        Api.request().cookie("sid", session.sid()).get("/api/method/logout").then().statusCode(200);
        Api.assertError(Api.request().cookie("sid", session.sid()).get(LOGGED_USER), 401, "AuthenticationError", "Not signed in");
    }
}
