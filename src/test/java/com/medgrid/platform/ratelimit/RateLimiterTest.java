package com.medgrid.platform.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theLimitHoldsOverASlidingWindowPerKey() {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(clock);
        RateLimit fortyPerMinute = RateLimit.parse("40/PT1M");
        for (int i = 0; i < 40; i++) {
            assertEquals(Optional.empty(), limiter.tryAcquire("shipstation:key-a", fortyPerMinute));
            clock.now = clock.now.plusMillis(500);
        }
        assertEquals(Optional.of(Duration.ofMillis(40_600)), limiter.tryAcquire("shipstation:key-a", fortyPerMinute));
        assertEquals(Optional.empty(), limiter.tryAcquire("shipstation:key-b", fortyPerMinute));
        clock.now = clock.now.plusMillis(40_600);
        assertEquals(Optional.empty(), limiter.tryAcquire("shipstation:key-a", fortyPerMinute));
        assertTrue(limiter.tryAcquire("shipstation:key-a", fortyPerMinute).isPresent());
    }

    @Test
    void theNextCallIsSpacedALittleMoreThanAWindowFromTheOneItReplaces() {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(clock);
        RateLimit fortyPerMinute = RateLimit.parse("40/PT1M");
        for (int i = 0; i < 40; i++) {
            assertEquals(Optional.empty(), limiter.tryAcquire("k", fortyPerMinute));
        }
        clock.now = clock.now.plusSeconds(60); // exactly one window after the first: a strict vendor could still count it
        assertTrue(limiter.tryAcquire("k", fortyPerMinute).isPresent());
        clock.now = clock.now.plusMillis(600);
        assertEquals(Optional.empty(), limiter.tryAcquire("k", fortyPerMinute));
    }

    @Test
    void idleKeysOfOnePrefixAreForgottenAndOthersKept() {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(clock);
        RateLimit onePerMinute = RateLimit.parse("1/PT1M");
        limiter.tryAcquire("api guest 10.0.0.1", onePerMinute);
        limiter.tryAcquire("perfectrx:client", onePerMinute);
        clock.now = clock.now.plusSeconds(30);
        limiter.tryAcquire("api guest 10.0.0.2", onePerMinute);
        clock.now = clock.now.plusSeconds(100);
        assertEquals(1, limiter.forgetIdle("api ", Duration.ofSeconds(120)));
        assertTrue(limiter.tryAcquire("api guest 10.0.0.2", onePerMinute).isEmpty(), "its call left the window anyway");
        assertEquals(0, limiter.forgetIdle("api ", Duration.ofSeconds(120)), "10.0.0.2 just called");
    }

    @Test
    void limitsAreParsedFromConfiguration() {
        assertEquals(new RateLimit(300, Duration.ofMinutes(5)), RateLimit.parse(" 300 / PT5M "));
        assertThrows(IllegalArgumentException.class, () -> RateLimit.parse("300 per 5 minutes"));
        assertThrows(IllegalArgumentException.class, () -> RateLimit.parse("0/PT1M"));
    }
}
