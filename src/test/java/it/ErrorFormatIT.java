package it;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

class ErrorFormatIT {

    @Test
    void malformedJsonIsABadRequest() {
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body("{\"email\": oops").post("/api/resource/User"),
                400, "BadRequestError", "Malformed JSON");
        Api.assertError(Api.request().contentType(ContentType.JSON).body("{\"usr\": ").post("/api/method/login"),
                400, "BadRequestError", "Malformed JSON");
        Api.assertError(Api.request().contentType(ContentType.JSON).body("[1, 2]").post("/api/method/login"),
                400, "BadRequestError", "must be a JSON object");
    }

    @Test
    void unknownDocTypeMethodAndRouteAreNotFound() {
        Api.assertError(Api.admin().request().get("/api/resource/No Such DocType"), 404, "DoesNotExistError", "DocType No Such DocType not found");
        Api.assertError(Api.request().get("/api/method/medgrid.nothing.here"), 404, "DoesNotExistError", "medgrid.nothing.here not found");
        Api.assertError(Api.request().get("/api/nothing"), 404, "DoesNotExistError", "Not found");
        Api.assertError(Api.request().get("/no/such/page"), 404, "DoesNotExistError", "Not found");
    }

    @Test
    void wrongHttpMethodIsRefused() {
        Api.assertError(Api.request().get("/api/method/login"), 405, "MethodNotAllowedError", "login accepts POST");
    }

    @Test
    void missingArgumentIsAValidationError() {
        Api.assertError(Api.request().contentType(ContentType.JSON).body("{\"usr\": \"someone@example.com\"}").post("/api/method/login"),
                417, "ValidationError", "pwd is required");
    }
}
