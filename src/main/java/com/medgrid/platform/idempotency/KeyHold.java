package com.medgrid.platform.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A running request's hold on its key: the key's short lease ({@link IdempotencyStore#RUNNING_LEASE})
 * is renewed every third of it while the request runs, so a request on a live member keeps its key
 * however long it takes, and one whose member died gives the key back within a lease. Most requests
 * end before the first renewal, so the hold costs them nothing. Renewal stops after {@link #AT_MOST},
 * in case a request is never seen to end.
 */
final class KeyHold {

    private static final Logger LOG = Logger.getLogger(KeyHold.class.getName());
    static final Duration RENEW_EVERY = IdempotencyStore.RUNNING_LEASE.dividedBy(3);
    static final Duration AT_MOST = Duration.ofHours(1);

    final String caller;
    final String key;
    private final Instant until;
    private volatile ScheduledFuture<?> renewal;

    private KeyHold(String caller, String key, Instant until) {
        this.caller = caller;
        this.key = key;
        this.until = until;
    }

    /** Starts renewing the key that {@code caller} has just taken. */
    static KeyHold start(IdempotencyStore store, ScheduledExecutorService scheduler, String caller, String key) {
        KeyHold hold = new KeyHold(caller, key, Instant.now().plus(AT_MOST));
        hold.renewal = scheduler.scheduleAtFixedRate(() -> hold.renew(store), RENEW_EVERY.toMillis(), RENEW_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        return hold;
    }

    private void renew(IdempotencyStore store) {
        if (Instant.now().isAfter(until)) {
            end();
            return;
        }
        try {
            store.renew(caller, key);
        } catch (RuntimeException e) {
            // a periodic task that throws is never run again: the next renewal may well get through
            LOG.log(Level.WARNING, "Could not renew idempotency key " + key + " of " + caller + "; trying again", e);
        }
    }

    /** The request ended (its answer kept, or its key given back): no more renewals. */
    void end() {
        renewal.cancel(false);
    }
}
