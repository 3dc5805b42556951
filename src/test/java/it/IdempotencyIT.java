package it;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code Idempotency-Key}: a retried write is answered from the first one without running again, per
 * caller; another request under a used key is 422; two racing requests with one key run once.
 */
class IdempotencyIT {

    private static final String ITEMS = "/api/resource/Item";

    private static String key() {
        return "idem-" + UUID.randomUUID();
    }

    private static Map<String, Object> item(String code) {
        return Map.of("item_code", code, "item_name", "Idempotent " + code, "stock_uom", "Box");
    }

    private static Response create(Api.TestUser user, String key, Map<String, Object> body) {
        return user.request().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post(ITEMS);
    }

    private static long items(String prefix) {
        return Api.admin().request().queryParams(Map.of("doctype", "Item", "filters", "[[\"item_code\", \"like\", \"" + prefix + "%\"]]"))
                .get("/api/method/frappe.client.get_count").then().statusCode(200).extract().jsonPath().getLong("message");
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerWithoutRunningAgain() {
        Api.TestUser manager = Api.newUser("System Manager");
        String code = "IDEM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String key = key();
        Response first = create(manager, key, item(code));
        first.then().statusCode(200).header("Idempotent-Replayed", "false").body("data.name", equalTo(code));
        Response again = create(manager, key, item(code));
        again.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertEquals(first.asString(), again.asString());
        assertEquals(1, items(code));

        // without the key the same body runs, and fails as a duplicate would
        assertTrue(manager.request().contentType(ContentType.JSON).body(item(code)).post(ITEMS).statusCode() >= 400);

        // an error answer is kept too: the retry gets the same 417
        String refused = key();
        Api.assertError(create(manager, refused, Map.of("item_name", "no code")), 417, "ValidationError", "item_code");
        Response refusedAgain = create(manager, refused, Map.of("item_name", "no code"));
        Api.assertError(refusedAgain, 417, "ValidationError", "item_code");
        refusedAgain.then().header("Idempotent-Replayed", "true");
    }

    @Test
    void aUsedKeyWithAnotherRequestIs422AndKeysBelongToTheirCaller() {
        Api.TestUser manager = Api.newUser("System Manager");
        Api.TestUser other = Api.newUser("System Manager");
        String prefix = "IDEM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String key = key();
        create(manager, key, item(prefix + "-1")).then().statusCode(200);
        Api.assertError(create(manager, key, item(prefix + "-2")), 422, "IdempotencyKeyMismatchError", "different request");
        create(other, key, item(prefix + "-2")).then().statusCode(200).header("Idempotent-Replayed", "false");
        assertEquals(2, items(prefix));

        Api.assertError(create(manager, "x".repeat(256), item(prefix + "-3")), 417, "ValidationError", "Idempotency-Key");
        manager.request().header("Idempotency-Key", key()).contentType(ContentType.JSON)
                .body(Map.of("doctype", "Item", "name", prefix + "-1", "fieldname", "description", "value", "once"))
                .post("/api/method/frappe.client.set_value").then().statusCode(200).header("Idempotent-Replayed", "false");
    }

    @Test
    void aReplayDoesNotHandOutASecretAgain() {
        Api.TestUser someone = Api.newUser("Customer");
        String key = key();
        Response first = Api.admin().request().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("user", someone.email())).post("/api/method/frappe.core.doctype.user.user.generate_keys");
        first.then().statusCode(200);
        Response replay = Api.admin().request().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("user", someone.email())).post("/api/method/frappe.core.doctype.user.user.generate_keys");
        replay.then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("message.api_key", equalTo(first.path("message.api_key")));
        assertTrue(replay.path("message.api_secret").toString().contains("not kept"), replay.asString());
        assertTrue(!replay.asString().contains(first.<String>path("message.api_secret")), "the secret was replayed");
    }

    @Test
    void twoRequestsRacingWithOneKeyRunOnce() throws Exception {
        Api.TestUser manager = Api.newUser("System Manager");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String code = "IDEM-RACE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                String key = key();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> racing = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    racing.add(pool.submit(() -> {
                        start.await();
                        return create(manager, key, item(code));
                    }));
                }
                start.countDown();
                for (Future<Response> future : racing) {
                    Response answer = future.get();
                    int status = answer.statusCode();
                    assertTrue(status == 200 || status == 409, "status " + status + ": " + answer.asString());
                    if (status == 409) {
                        Api.assertError(answer, 409, "IdempotencyKeyInUseError", "still being processed");
                    }
                }
                assertEquals(1, items(code), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
