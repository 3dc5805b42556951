package it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Login throttling by client address (defaults: 5 attempts per account and address, 20 per
 * address, per 300 s). Every test logs in from addresses of its own (X-Forwarded-For, which the
 * development build believes from loopback), so the limits never reach the address the rest of the
 * suite logs in from.
 */
class LoginThrottleIT {

    private static final int MAX_FAILURES = 5;
    private static final int MAX_FAILURES_PER_ADDRESS = 20;

    @Test
    void existingAndUnknownAccountsGetTheSameAnswersBeforeAndAfterTheLimit() {
        Api.TestUser user = Api.newUser("Customer");
        String unknown = "nobody-" + UUID.randomUUID() + "@example.com";
        String address = Api.newClientAddress();
        for (int i = 0; i < MAX_FAILURES; i++) {
            Response existing = Api.loginFrom(address, user.email(), "wrong-" + i);
            Response nobody = Api.loginFrom(address, unknown, "wrong-" + i);
            Api.assertError(existing, 401, "AuthenticationError", "Invalid login credentials.");
            assertSameAnswer(existing, nobody);
        }
        Response existing = Api.loginFrom(address, user.email(), "wrong-again");
        Response nobody = Api.loginFrom(address, unknown, "wrong-again");
        Api.assertError(existing, 429, "RateLimitExceededError", "Too many failed logins");
        assertSameAnswer(existing, nobody);
    }

    @Test
    void aLockedPairRefusesEvenTheRightPasswordButNotTheAccountFromElsewhere() {
        Api.TestUser user = Api.newUser("Customer");
        Api.TestUser neighbour = Api.newUser("Customer");
        String attacker = Api.newClientAddress();
        for (int i = 0; i < MAX_FAILURES; i++) {
            Api.loginFrom(attacker, user.email(), "guess-" + i).then().statusCode(401);
        }
        Api.assertError(Api.loginFrom(attacker, user.email(), user.password()), 429, "RateLimitExceededError", "Too many failed logins");
        // The lock is the pair's: the user logs in from their own address, and the attacker's
        // address still has budget for other accounts.
        Api.loginFrom(Api.newClientAddress(), user.email(), user.password()).then().statusCode(200);
        Api.loginFrom(attacker, neighbour.email(), neighbour.password()).then().statusCode(200);
        // API keys are not affected by login throttling.
        user.request().get("/api/method/frappe.auth.get_logged_user").then().statusCode(200);
    }

    @Test
    void anAddressRunsOutOfAttemptsAcrossAccounts() {
        Api.TestUser user = Api.newUser("Customer");
        String address = Api.newClientAddress();
        // One guess per account, so that no pair reaches its own limit.
        for (int i = 0; i < MAX_FAILURES_PER_ADDRESS - 1; i++) {
            Api.loginFrom(address, sprayedAccount(), "guess").then().statusCode(401);
        }
        // A right password does not count against the address.
        Api.loginFrom(address, user.email(), user.password()).then().statusCode(200);
        Api.loginFrom(address, sprayedAccount(), "guess").then().statusCode(401);
        Api.assertError(Api.loginFrom(address, user.email(), user.password()), 429, "RateLimitExceededError", "Too many failed logins");
        Api.loginFrom(Api.newClientAddress(), user.email(), user.password()).then().statusCode(200);
    }

    @Test
    void aSuccessfulLoginWipesTheWrongPasswordsBeforeIt() {
        Api.TestUser user = Api.newUser("Customer");
        String address = Api.newClientAddress();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < MAX_FAILURES - 1; i++) {
                Api.loginFrom(address, user.email(), "typo-" + i).then().statusCode(401);
            }
            Api.loginFrom(address, user.email(), user.password()).then().statusCode(200);
        }
    }

    /** Attempts are counted before the password is checked, so parallel guesses get no more than the limit. */
    @Test
    void parallelGuessesGetNoMoreThanTheLimit() throws Exception {
        Api.TestUser user = Api.newUser("Customer");
        String address = Api.newClientAddress();
        int guesses = 2 * MAX_FAILURES;
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String guess = "parallel-" + i;
                statuses.add(pool.submit(() -> Api.loginFrom(address, user.email(), guess).statusCode()));
            }
            Map<Integer, Long> counts = new TreeMap<>();
            for (Future<Integer> status : statuses) {
                counts.merge(status.get(), 1L, Long::sum);
            }
            assertEquals(Map.of(401, (long) MAX_FAILURES, 429, (long) (guesses - MAX_FAILURES)), counts);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String sprayedAccount() {
        return "sprayed-" + UUID.randomUUID() + "@example.com";
    }

    private static void assertSameAnswer(Response expected, Response actual) {
        assertEquals(expected.statusCode(), actual.statusCode());
        assertEquals(expected.asString(), actual.asString());
    }
}
