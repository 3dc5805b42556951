package com.medgrid.platform.idempotency;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a running request keeps its key: renewed well within the lease, until the request ends. */
class KeyHoldTest {

    /** Hands the renewal to the test instead of running it on a timer. */
    private static final class ManualScheduler extends ScheduledThreadPoolExecutor {
        Runnable task;
        Duration period;
        ScheduledFuture<?> future;

        ManualScheduler() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
            this.task = command;
            this.period = Duration.ofMillis(unit.toMillis(period));
            this.future = schedule(() -> { }, 1, TimeUnit.DAYS);
            return future;
        }
    }

    /** Records the renewals instead of writing them; fails them while {@code down}. */
    private static final class RecordingStore extends IdempotencyStore {
        final List<String> renewed = new ArrayList<>();
        boolean down;

        @Override
        void renew(String caller, String key) {
            if (down) {
                throw new IllegalStateException("database unreachable");
            }
            renewed.add(caller + "/" + key);
        }
    }

    private final ManualScheduler scheduler = new ManualScheduler();
    private final RecordingStore store = new RecordingStore();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void aRunningRequestRenewsItsKeyThreeTimesALease() {
        KeyHold.start(store, scheduler, "clinic@example.com", "k1");
        assertEquals(IdempotencyStore.RUNNING_LEASE.dividedBy(3), scheduler.period);
        scheduler.task.run();
        scheduler.task.run();
        assertEquals(List.of("clinic@example.com/k1", "clinic@example.com/k1"), store.renewed);
    }

    @Test
    void aFailedRenewalIsTriedAgainAtTheNextTurn() {
        KeyHold.start(store, scheduler, "clinic@example.com", "k2");
        store.down = true;
        assertDoesNotThrow(scheduler.task::run, "a periodic task that throws is never run again");
        store.down = false;
        scheduler.task.run();
        assertEquals(List.of("clinic@example.com/k2"), store.renewed);
    }

    @Test
    void theRequestsEndStopsTheRenewals() {
        KeyHold hold = KeyHold.start(store, scheduler, "clinic@example.com", "k3");
        assertFalse(scheduler.future.isCancelled());
        hold.end();
        assertTrue(scheduler.future.isCancelled());
    }
}
