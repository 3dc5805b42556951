package it;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Audit Log: admins read who did what to which document and when; the acts it records are
 * written with them (a user created, its roles changed, disabled, its key pair generated); others may not read it.
 */
class AuditLogIT {

    private static List<Map<String, Object>> entries(String doctype, String docname) {
        return Api.admin().request().queryParams(Map.of("fields", "[\"action\", \"details\", \"owner\", \"creation\"]",
                        "filters", "[[\"ref_doctype\", \"=\", \"" + doctype + "\"], [\"docname\", \"=\", \"" + docname + "\"]]",
                        "order_by", "creation asc", "limit_page_length", "50"))
                .get("/api/resource/Audit Log").then().statusCode(200).extract().jsonPath().getList("data");
    }

    @Test
    void roleKeyAndEnableChangesOfAUserAreRecordedWithWhoDidThem() {
        Api.TestUser user = Api.newUser("Customer");
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("roles", List.of("Customer", "Sales User")))
                .put("/api/resource/User/" + user.email()).then().statusCode(200);
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("enabled", 0))
                .put("/api/resource/User/" + user.email()).then().statusCode(200);

        List<Map<String, Object>> log = entries("User", user.email());
        assertEquals(List.of("Created", "API Key Generated", "Roles Changed", "Disabled"), log.stream().map(e -> e.get("action")).toList());
        assertTrue(log.stream().allMatch(e -> Api.admin().email().equals(e.get("owner"))), log.toString());
        assertTrue(log.get(2).get("details").toString().contains("Sales User"), log.toString());
        assertTrue(log.stream().noneMatch(e -> String.valueOf(e.get("details")).contains(user.apiSecret())), "never the secret");
    }

    @Test
    void onlyAdminsReadIt() {
        Api.assertError(Api.newUser("Sales Manager").request().get("/api/resource/Audit Log"), 403, "PermissionError", "");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("action", "Forged"))
                .post("/api/resource/Audit Log"), 403, "PermissionError", "");
    }
}
