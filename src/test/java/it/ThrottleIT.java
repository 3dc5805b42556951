package it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Burst throttling: every answer carries X-RateLimit-*; a guest address over its budget gets 429
 * with Retry-After in the Frappe error format, while another address and signed-in callers go on.
 * (The development build gives guests 300 requests per 10 s; each run uses fresh addresses.)
 */
class ThrottleIT {

    private static Response ping(String address) {
        return Api.request().header("X-Forwarded-For", address).get("/api/method/ping");
    }

    @Test
    void aGuestOverItsBudgetIsRefusedWith429AndOthersAreNot() {
        String address = Api.newClientAddress();
        Response first = ping(address);
        first.then().statusCode(200);
        int limit = Integer.parseInt(first.header("X-RateLimit-Limit"));
        assertEquals(limit - 1, Integer.parseInt(first.header("X-RateLimit-Remaining")));
        assertTrue(Integer.parseInt(first.header("X-RateLimit-Reset")) >= 1);

        Response refused = null;
        int permitted = 1;
        for (int i = 0; i < limit + 5 && refused == null; i++) {
            Response answer = ping(address);
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                answer.then().statusCode(200);
                permitted++;
            }
        }
        assertNotNull(refused, "no 429 after " + (limit + 5) + " requests");
        assertEquals(limit, permitted);
        Api.assertError(refused, 429, "RateLimitExceededError", "Too many requests");
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1, refused.headers().toString());
        assertEquals("0", refused.header("X-RateLimit-Remaining"));

        ping(Api.newClientAddress()).then().statusCode(200);
        Response signedIn = Api.admin().request().header("X-Forwarded-For", address).get("/api/method/ping");
        signedIn.then().statusCode(200);
        assertTrue(Integer.parseInt(signedIn.header("X-RateLimit-Limit")) > limit, "signed-in callers have a budget of their own");
    }
}
