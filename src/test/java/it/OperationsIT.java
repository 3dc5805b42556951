package it;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

class OperationsIT {

    private static final String HTTPS = "https://localhost:" + System.getProperty("https.port", "9443");

    @Test
    void readinessReportsTheDatabaseAndMigrations() {
        Api.request().get("/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"))
                .body("checks.find { it.name == 'database' }.data.migrations_applied", equalTo(true));
        Api.request().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiListsEveryApiMethod() {
        Api.request().accept("application/json").get("/openapi").then().statusCode(200)
                .body("paths.'/api/method/ping'.get.operationId", equalTo("ping"))
                .body("paths.'/api/method/login'.post.summary", containsString("Log in"))
                .body("paths.'/api/resource/{doctype}'.get.summary", equalTo("List documents"));
    }

    @Test
    void metricsNeedTheAdministratorAndCountRequestsPerEndpoint() {
        Api.request().get("/api/method/ping").then().statusCode(200);
        RestAssured.given().relaxedHTTPSValidation().get(HTTPS + "/metrics").then().statusCode(401);
        RestAssured.given().relaxedHTTPSValidation().auth().preemptive().basic("liberty-admin", "liberty-admin-dev")
                .get(HTTPS + "/metrics?scope=application").then().statusCode(200)
                .body(containsString("medgrid_api_request_seconds_count{endpoint=\"ping\""));
    }

    /** The Admin Center's REST connector authenticates against the server registry, never MedGrid's users. */
    @Test
    void onlyTheServerAdministratorReachesTheAdminInterfaces() {
        RestAssured.given().relaxedHTTPSValidation().auth().preemptive().basic("liberty-admin", "liberty-admin-dev")
                .get(HTTPS + "/ibm/api/").then().statusCode(200);
        RestAssured.given().relaxedHTTPSValidation().auth().preemptive().basic(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD)
                .get(HTTPS + "/ibm/api/").then().statusCode(401);
        RestAssured.given().relaxedHTTPSValidation().auth().preemptive().basic(Api.admin().apiKey(), Api.admin().apiSecret())
                .get(HTTPS + "/ibm/api/").then().statusCode(401);
        RestAssured.given().relaxedHTTPSValidation().get(HTTPS + "/ibm/api/").then().statusCode(401);
    }
}
