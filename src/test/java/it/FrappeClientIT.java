package it;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code frappe.client.*} beyond what frappe-js-sdk calls (FrappeJsSdkIT): insert_many all or none
 * and its cap, get by filters, get_single_value, save with Frappe's timestamp check, counts that
 * follow the caller's row access, and the {@code /api/v1} alias.
 */
class FrappeClientIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private static Response method(Api.TestUser user, String name, Map<String, Object> body) {
        return user.request().contentType(ContentType.JSON).body(body).post("/api/method/frappe.client." + name);
    }

    private static Map<String, Object> item(String code) {
        return Map.of("doctype", "Item", "item_code", code, "item_name", "Client item " + code, "stock_uom", "Box");
    }

    private static long count(Api.TestUser user, String doctype, String filters) {
        return user.request().queryParams(Map.of("doctype", doctype, "filters", filters)).get("/api/method/frappe.client.get_count")
                .then().statusCode(200).extract().jsonPath().getLong("message");
    }

    @Test
    void insertManyIsAllOrNoneAndCapped() {
        String prefix = "CLI-" + TAG + "-";
        method(Api.admin(), "insert_many", Map.of("docs", List.of(item(prefix + "1"), item(prefix + "2"))))
                .then().statusCode(200).body("message", equalTo(List.of(prefix + "1", prefix + "2")));
        Api.assertError(method(Api.admin(), "insert_many", Map.of("docs", List.of(item(prefix + "3"), Map.of("doctype", "Item", "item_name", "no code")))),
                417, "ValidationError", "item_code");
        assertEquals(2, count(Api.admin(), "Item", "[[\"item_code\", \"like\", \"" + prefix + "%\"]]"), prefix + "3 was not left behind");

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            tooMany.add(item(prefix + "X" + i));
        }
        Api.assertError(method(Api.admin(), "insert_many", Map.of("docs", tooMany)), 417, "ValidationError", "Only 200 documents");
    }

    @Test
    void getBySaveAndSingleValues() {
        String code = "CLI-" + TAG + "-G";
        method(Api.admin(), "insert", Map.of("doc", item(code))).then().statusCode(200).body("message.name", equalTo(code));
        Response got = method(Api.admin(), "get", Map.of("doctype", "Item", "filters", Map.of("item_code", code)));
        got.then().statusCode(200).body("message.item_name", equalTo("Client item " + code));
        String modified = got.path("message.modified");

        method(Api.admin(), "save", Map.of("doc", Map.of("doctype", "Item", "name", code, "item_name", "Saved", "modified", modified)))
                .then().statusCode(200).body("message.item_name", equalTo("Saved"));
        Api.assertError(method(Api.admin(), "save", Map.of("doc", Map.of("doctype", "Item", "name", code, "item_name", "Stale",
                "modified", "2000-01-01 00:00:00"))), 417, "TimestampMismatchError", "");

        Api.admin().request().queryParams(Map.of("doctype", "Medgrid Settings", "field", "default_selling_price_list"))
                .get("/api/method/frappe.client.get_single_value").then().statusCode(200).body("message", notNullValue());
        Api.assertError(Api.admin().request().queryParams(Map.of("doctype", "Item", "field", "item_name"))
                .get("/api/method/frappe.client.get_single_value"), 417, "ValidationError", "not a Single DocType");

        method(Api.admin(), "delete", Map.of("doctype", "Item", "name", code)).then().statusCode(200);
        Api.assertError(method(Api.admin(), "get", Map.of("doctype", "Item", "name", code)), 404, "DoesNotExistError", code);
    }

    @Test
    void countsAndListsFollowTheCallersAccessAndV1AnswersAsTheApiDoes() {
        Api.TestUser partner = Api.newUser("Customer");
        partner.request().contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/hooks", "events", List.of("order.created")))
                .post("/api/resource/Webhook Subscription").then().statusCode(200);
        assertEquals(1, count(partner, "Webhook Subscription", "[]"));
        method(partner, "get_list", Map.of("doctype", "Webhook Subscription", "fields", List.of("name", "owner")))
                .then().statusCode(200).body("message.size()", equalTo(1)).body("message[0].owner", equalTo(partner.email()));
        Api.assertError(method(partner, "get_count", Map.of("doctype", "User")), 403, "PermissionError", "");

        partner.request().get("/api/v1/resource/Webhook Subscription").then().statusCode(200).body("data.size()", equalTo(1));
        Api.request().get("/api/v1/method/ping").then().statusCode(200).body("message", equalTo("pong"));
    }
}
