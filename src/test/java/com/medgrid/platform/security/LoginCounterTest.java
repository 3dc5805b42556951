package com.medgrid.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginCounterTest {

    private static final int LIMIT = 3;
    private static final Duration LOCKOUT = Duration.ofMinutes(5);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final LoginCounter counter = new LoginCounter(new LoginCounter.Key("203.0.113.7", "*"), T0);

    @Test
    void theAttemptThatUsesUpTheBudgetLocksForAFullLockoutPeriod() {
        counter.charge(LIMIT, LOCKOUT, T0);
        counter.charge(LIMIT, LOCKOUT, T0.plusSeconds(200));
        assertFalse(counter.isLocked(LIMIT, T0.plusSeconds(200)));
        counter.charge(LIMIT, LOCKOUT, T0.plusSeconds(280));
        assertTrue(counter.isLocked(LIMIT, T0.plusSeconds(280)));
        // Locked until 5 minutes after the third attempt, not after the first.
        assertTrue(counter.isLocked(LIMIT, T0.plusSeconds(280).plus(LOCKOUT).minusSeconds(1)));
        assertFalse(counter.isLocked(LIMIT, T0.plusSeconds(280).plus(LOCKOUT)));
    }

    @Test
    void attemptsOfAnEndedWindowNoLongerCount() {
        counter.charge(LIMIT, LOCKOUT, T0);
        counter.charge(LIMIT, LOCKOUT, T0.plusSeconds(1));
        Instant later = T0.plus(LOCKOUT);
        counter.charge(LIMIT, LOCKOUT, later);
        assertEquals(1, counter.failures());
        assertFalse(counter.isLocked(LIMIT, later));
    }

    @Test
    void theFirstAttemptOpensAWindowEvenIfTheStoredCreationTimeWasRoundedUp() {
        LoginCounter created = new LoginCounter(new LoginCounter.Key("203.0.113.8", "*"), T0.plusNanos(500));
        created.charge(LIMIT, LOCKOUT, T0);
        created.charge(LIMIT, LOCKOUT, T0.plusSeconds(1));
        created.charge(LIMIT, LOCKOUT, T0.plusSeconds(2));
        assertTrue(created.isLocked(LIMIT, T0.plusSeconds(2)));
    }

    @Test
    void aRefundGivesOneAttemptBackAndUnlocksTheAttemptThatLockedIt() {
        counter.charge(LIMIT, LOCKOUT, T0);
        counter.charge(LIMIT, LOCKOUT, T0);
        counter.charge(LIMIT, LOCKOUT, T0);
        counter.refund();
        assertEquals(2, counter.failures());
        assertFalse(counter.isLocked(LIMIT, T0));
    }

    @Test
    void aRefundNeverGoesBelowZero() {
        counter.refund();
        assertEquals(0, counter.failures());
    }

    @Test
    void clearingForgetsEveryAttempt() {
        counter.charge(LIMIT, LOCKOUT, T0);
        counter.charge(LIMIT, LOCKOUT, T0);
        counter.charge(LIMIT, LOCKOUT, T0);
        counter.clear();
        assertFalse(counter.isLocked(LIMIT, T0));
        counter.charge(LIMIT, LOCKOUT, T0);
        assertFalse(counter.isLocked(LIMIT, T0));
    }
}
