package it;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserResourceIT {

    /** Names of this class's users share a tag so list queries see only them, however full the database is. */
    private static final String TAG = "list-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void createUsersToList() {
        for (String who : List.of("alice", "bob", "carol", "dave", "erin")) {
            Api.admin().request().contentType(ContentType.JSON)
                    .body(Map.of("email", who + "." + TAG + "@example.com", "full_name", who.toUpperCase() + " " + TAG,
                            "roles", List.of(Map.of("role", "Customer")), "enabled", !who.equals("erin")))
                    .post("/api/resource/User")
                    .then().statusCode(200);
        }
    }

    private static Response list(Map<String, Object> params) {
        return Api.admin().request().queryParams(params).get("/api/resource/User");
    }

    private static String like() {
        return "[[\"name\",\"like\",\"%." + TAG + "@example.com\"]]";
    }

    @Test
    void listsDefaultToNamesOnly() {
        List<Map<String, Object>> rows = list(Map.of("filters", like())).then().statusCode(200).extract().jsonPath().getList("data");
        assertEquals(5, rows.size());
        assertEquals(List.of("name"), List.copyOf(rows.get(0).keySet()));
    }

    @Test
    void listsSelectedFieldsFilteredOrderedAndPaged() {
        Response page1 = list(Map.of("fields", "[\"name\",\"full_name\",\"enabled\"]", "filters", like(),
                "order_by", "name desc", "limit_start", 0, "limit_page_length", 2));
        page1.then().statusCode(200)
                .body("data.size()", equalTo(2))
                .body("data[0].name", equalTo("erin." + TAG + "@example.com"))
                .body("data[0].enabled", equalTo(0))
                .body("data[1].full_name", equalTo("DAVE " + TAG));
        list(Map.of("fields", "[\"name\"]", "filters", like(), "order_by", "name desc", "limit_start", 2, "limit_page_length", 2))
                .then().statusCode(200).body("data.name", equalTo(List.of("carol." + TAG + "@example.com", "bob." + TAG + "@example.com")));
    }

    @Test
    void filtersCombineOperatorsAndDictForm() {
        list(Map.of("filters", "{\"enabled\": 0, \"full_name\": [\"like\", \"%" + TAG + "\"]}"))
                .then().statusCode(200).body("data.name", equalTo(List.of("erin." + TAG + "@example.com")));
        list(Map.of("filters", like() .replace("]]", "],[\"full_name\",\"in\",[\"ALICE " + TAG + "\",\"BOB " + TAG + "\"]]]"),
                "order_by", "name asc"))
                .then().statusCode(200).body("data.name", equalTo(List.of("alice." + TAG + "@example.com", "bob." + TAG + "@example.com")));
        list(Map.of("filters", like(), "or_filters", "[[\"full_name\",\"=\",\"CAROL " + TAG + "\"],[\"enabled\",\"=\",0]]",
                "order_by", "name asc"))
                .then().statusCode(200).body("data.name", equalTo(List.of("carol." + TAG + "@example.com", "erin." + TAG + "@example.com")));
    }

    @Test
    void asDictZeroReturnsValueLists() {
        list(Map.of("fields", "[\"name\",\"enabled\"]", "filters", like(), "order_by", "name asc", "as_dict", 0, "limit_page_length", 1))
                .then().statusCode(200).body("data[0]", equalTo(List.of("alice." + TAG + "@example.com", 1)));
    }

    @Test
    void listsNeverExposeHashesOrAcceptUnknownFields() {
        String all = list(Map.of("fields", "[\"*\"]", "filters", like())).then().statusCode(200).extract().asString();
        assertFalse(all.contains("password") || all.contains("secret") || all.contains("hash"), all);
        Api.assertError(list(Map.of("fields", "[\"password_hash\"]")), 417, "ValidationError", "password_hash is not a field of User");
        Api.assertError(list(Map.of("filters", "[[\"api_secret_hash\",\"=\",\"x\"]]")), 417, "ValidationError", "api_secret_hash");
        Api.assertError(list(Map.of("order_by", "nope desc")), 417, "ValidationError", "nope is not a field of User");
        Api.assertError(list(Map.of("order_by", "name; DROP TABLE users")), 417, "ValidationError", "Invalid order_by");
        Api.assertError(list(Map.of("filters", "[[\"name\",\"regexp\",\"x\"]]")), 417, "ValidationError", "Unsupported filter operator");
        Api.assertError(list(Map.of("filters", "[[\"name\",\"=\"")), 417, "ValidationError", "not valid JSON");
        Api.assertError(list(Map.of("limit_page_length", "ten")), 417, "ValidationError", "limit_page_length must be an integer");
    }

    @Test
    void sqlLookingFilterValuesAreJustValues() {
        list(Map.of("filters", "[[\"name\",\"=\",\"x' OR '1'='1\"]]")).then().statusCode(200).body("data.size()", equalTo(0));
    }

    @Test
    void createValidatesEveryField() {
        Response bad = Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("email", "not-an-email", "full_name", "", "new_password", "short"))
                .post("/api/resource/User");
        Api.assertError(bad, 417, "ValidationError", "");
        List<String> messages = Api.messages(bad);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("email:")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("full_name:")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("new_password:")), messages.toString());

        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                        .body(Map.of("email", "x-" + TAG + "@example.com", "full_name", "X", "roles", List.of("Overlord")))
                        .post("/api/resource/User"),
                417, "ValidationError", "Unknown role Overlord");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                        .body(Map.of("email", "y-" + TAG + "@example.com", "full_name", "Y", "favourite_colour", "blue"))
                        .post("/api/resource/User"),
                417, "ValidationError", "Unknown field favourite_colour");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                        .body(Map.of("email", "alice." + TAG + "@example.com", "full_name", "Again"))
                        .post("/api/resource/User"),
                409, "DuplicateEntryError", "already exists");
    }

    @Test
    void updateChangesOnlyTheSentFieldsAndDisablingRevokesAccess() {
        Api.TestUser user = Api.newUser("Customer");
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("full_name", "Renamed", "roles", List.of("Customer", "EMR Integration")))
                .put("/api/resource/User/" + user.email())
                .then().statusCode(200)
                .body("data.full_name", equalTo("Renamed"))
                .body("data.enabled", equalTo(1))
                .body("data.roles.role", hasItem("EMR Integration"));
        String sid = Api.login(user.email(), user.password()).then().statusCode(200).extract().cookie("sid");

        Api.admin().request().contentType(ContentType.JSON).body(Map.of("enabled", 0))
                .put("/api/resource/User/" + user.email())
                .then().statusCode(200).body("data.enabled", equalTo(0));
        Api.assertError(user.request().get("/api/method/frappe.auth.get_logged_user"), 401, "AuthenticationError", "Invalid API key");
        Api.assertError(Api.request().cookie("sid", sid).get("/api/method/frappe.auth.get_logged_user"), 401, "AuthenticationError", "Not signed in");
        Api.assertError(Api.login(user.email(), user.password()), 401, "AuthenticationError", "Invalid login");
    }

    @Test
    void usersAreDisabledNotDeleted() {
        Api.TestUser user = Api.newUser("Customer");
        Api.assertError(Api.admin().request().delete("/api/resource/User/" + user.email()), 417, "ValidationError", "disable them");
        Api.assertError(Api.admin().request().get("/api/resource/User/nobody-" + TAG + "@example.com"), 404, "DoesNotExistError", "not found");
    }
}
