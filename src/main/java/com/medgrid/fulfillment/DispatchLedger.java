package com.medgrid.fulfillment;

import com.medgrid.platform.outbox.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.logging.Logger;

/**
 * Writes down how each try at a dispatch went, in its own transaction: the outcome on the attempt
 * that {@link DispatchAttempts} opened before the call, the dispatch's next state and, once the
 * vendor took it, the vendor's field group on the order.
 */
@ApplicationScoped
@Transactional
public class DispatchLedger {

    private static final Logger LOG = Logger.getLogger(DispatchLedger.class.getName());
    /** The least wait before a call MedGrid's guards held back is asked for again. */
    static final Duration HELD_BACK_MIN = Duration.ofSeconds(1);

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    FulfillmentSettings settings;
    @Inject
    DispatchEvents events;

    /** What the connector is to send, read before the call so that no transaction spans it. */
    public DispatchRequest request(String name) {
        Dispatch dispatch = em.find(Dispatch.class, name);
        return new DispatchRequest(dispatch.getName(), dispatch.getSalesOrder(), dispatch.getVendor(),
                dispatch.getLines().stream().map(DispatchLine::toRequest).toList());
    }

    /** The vendor took it: a held or cancelled order does not undo that, so this is recorded whatever the state. */
    public void sent(String name, String attempt, long durationMs) {
        Dispatch dispatch = locked(name);
        String from = dispatch.getStatus();
        dispatch.sent(Instant.now(), attempt, durationMs);
        events.changed(dispatch, from);
    }

    /**
     * The vendor did not take it: try again after a back-off, wait for a connection, or fail it for an admin.
     *
     * @return when the dispatch is due again, if it is to be retried
     */
    public Optional<Instant> notSent(String name, String attempt, VendorException error, long durationMs) {
        Dispatch dispatch = locked(name);
        if (error.notConfigured()) {
            dispatch.withdraw(attempt);
            waitForConnector(name, error.getMessage());
            return Optional.empty();
        }
        if (!dispatch.isClaimed()) {
            // the order was held or cancelled meanwhile: that state stands, the try is still on record
            dispatch.finish(attempt, DispatchAttempt.ERROR, error.getMessage(), durationMs);
            return Optional.empty();
        }
        String from = dispatch.getStatus();
        Instant now = Instant.now();
        if (!error.vendorAsked()) {
            Instant next = heldBackUntil(now, error.retryAfter().orElse(Duration.ZERO), ThreadLocalRandom.current()::nextDouble);
            dispatch.heldBack(attempt, error.getMessage(), next);
            events.changed(dispatch, from);
            return Optional.of(next);
        }
        RetryPolicy policy = settings.retryPolicy();
        Optional<Instant> next = Optional.empty();
        if (!error.retryable() || policy.exhausted(dispatch.getQueuedAt(), now)) {
            dispatch.failed(attempt, error.getMessage(), durationMs);
            LOG.warning(() -> "Dispatch " + name + " failed after " + dispatch.getAttempts() + " attempt(s): " + error.getMessage());
        } else {
            next = Optional.of(policy.nextAttempt(dispatch.getAttempts() + 1, now, error.retryAfter(), ThreadLocalRandom.current()::nextDouble));
            dispatch.retryAt(attempt, error.getMessage(), next.get(), durationMs);
        }
        events.changed(dispatch, from);
        return next;
    }

    /**
     * When a call MedGrid's guards held back may be made: when the guard allows (at least a second on,
     * so that a limiter's "next slot in 0 s" does not spin), spread over half as long again so that the
     * dispatches held back together do not all return together. Counted as failed tries, the held-back
     * calls of a storm had pushed dispatches 10 minutes out by the time the vendor was back.
     */
    static Instant heldBackUntil(Instant now, Duration guardWait, DoubleSupplier random) {
        long wait = Math.max(guardWait.toMillis(), HELD_BACK_MIN.toMillis());
        return now.plusMillis(wait + (long) (wait * 0.5 * random.getAsDouble()));
    }

    /** No working connection to the vendor: look again later, without counting an attempt. */
    public void waitForConnector(String name, String reason) {
        Dispatch dispatch = locked(name);
        if (dispatch.isClaimed()) {
            dispatch.waitFor(reason, Instant.now().plus(settings.waitingRecheck()));
        }
    }

    /** Why the dispatch's last try did not go through (null after a success). */
    public String lastError(String name) {
        return em.find(Dispatch.class, name).getLastError();
    }

    /** The dispatch, locked after its order ({@link DispatchLocks}). */
    private Dispatch locked(String name) {
        return DispatchLocks.dispatch(em, name);
    }
}
