package com.medgrid.platform.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofHours(24));

    private Duration wait(int attempts, double random, Optional<Duration> asked) {
        return Duration.between(NOW, policy.nextAttempt(attempts, NOW, asked, () -> random));
    }

    @Test
    void theDelayDoublesPerAttemptUpToTheCap() {
        assertEquals(Duration.ofSeconds(30), wait(1, 0.999999, Optional.empty()).plusMillis(1).withNanos(0));
        assertEquals(Duration.ofSeconds(60), wait(2, 0.999999, Optional.empty()).plusMillis(1).withNanos(0));
        assertEquals(Duration.ofSeconds(240), wait(4, 0.999999, Optional.empty()).plusMillis(1).withNanos(0));
        assertEquals(Duration.ofMinutes(30), wait(10, 0.999999, Optional.empty()).plusMillis(1).withNanos(0));
        assertEquals(Duration.ofMinutes(30), wait(500, 0.999999, Optional.empty()).plusMillis(1).withNanos(0));
    }

    @Test
    void jitterSpreadsBetweenHalfAndAllOfTheDelay() {
        assertEquals(Duration.ofSeconds(60), wait(3, 0.0, Optional.empty()));
        assertEquals(Duration.ofSeconds(90), wait(3, 0.5, Optional.empty()));
        assertTrue(wait(3, 0.99, Optional.empty()).compareTo(Duration.ofSeconds(120)) < 0);
    }

    @Test
    void aVendorsRetryAfterIsNeverCutShort() {
        assertEquals(Duration.ofMinutes(5), wait(1, 0.5, Optional.of(Duration.ofMinutes(5))));
        assertEquals(Duration.ofSeconds(22).plusMillis(500), wait(1, 0.5, Optional.of(Duration.ofSeconds(1))));
    }

    @Test
    void aDispatchIsGivenUpOnlyAfterTheWindow() {
        Instant queued = NOW.minus(Duration.ofHours(23));
        assertFalse(policy.exhausted(queued, NOW));
        assertTrue(policy.exhausted(queued, NOW.plus(Duration.ofHours(1))));
    }
}
