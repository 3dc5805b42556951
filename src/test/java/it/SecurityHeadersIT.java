package it;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Liberty's httpEndpoint adds the security headers to every answer, the application's or Liberty's own. */
class SecurityHeadersIT {

    private static final String HTTPS = "https://localhost:" + System.getProperty("https.port", "9443");

    @Test
    void apiAnswersCarryTheHeaders() {
        assertSecurityHeaders(Api.request().get("/api/method/ping"), 200);
    }

    @Test
    void errorAnswersCarryTheHeaders() {
        assertSecurityHeaders(Api.request().get("/no/such/page"), 404);
        assertSecurityHeaders(Api.request().get("/api/nothing"), 404);
        assertSecurityHeaders(Api.request().get("/api/method/frappe.auth.get_logged_user"), 401);
    }

    @Test
    void libertysOwnEndpointsCarryTheHeaders() {
        assertSecurityHeaders(Api.request().get("/health/ready"), 200);
        assertSecurityHeaders(Api.request().accept("application/json").get("/openapi"), 200);
        assertSecurityHeaders(RestAssured.given().relaxedHTTPSValidation().get(HTTPS + "/metrics"), 401);
    }

    @Test
    void httpsAnswersCarryStrictTransportSecurity() {
        Response response = RestAssured.given().relaxedHTTPSValidation().get(HTTPS + "/api/method/ping");
        assertSecurityHeaders(response, 200);
        response.then().header("Strict-Transport-Security", startsWith("max-age="));
    }

    /** The Admin Center frames its own tools: same-origin framing stays allowed, and its own policy stays whole. */
    @Test
    void theAdminCenterKeepsItsOwnContentSecurityPolicy() {
        Response response = RestAssured.given().relaxedHTTPSValidation().redirects().follow(false).get(HTTPS + "/adminCenter/login.jsp");
        assertEquals(200, response.statusCode());
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("SAMEORIGIN", response.header("X-Frame-Options"));
        response.then().header("Content-Security-Policy", allOf(containsString("default-src 'self'"), containsString("frame-ancestors 'self'")));
    }

    private static void assertSecurityHeaders(Response response, int status) {
        assertEquals(status, response.statusCode(), response::asString);
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("SAMEORIGIN", response.header("X-Frame-Options"));
        assertEquals("frame-ancestors 'self'", response.header("Content-Security-Policy"));
        assertEquals("no-referrer", response.header("Referrer-Policy"));
    }
}
