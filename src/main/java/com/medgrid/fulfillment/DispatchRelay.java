package com.medgrid.fulfillment;

import com.medgrid.platform.outbox.Claim;
import com.medgrid.platform.outbox.Outbox;
import com.medgrid.platform.outbox.OutboxWorkers;
import com.medgrid.selling.SalesOrder;
import com.medgrid.selling.SalesOrderStatusChanged;
import com.medgrid.selling.SalesOrderSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the fulfillment outbox: claims due dispatches and hands each to its vendor's connector
 * on the {@link OutboxWorkers}, one task per dispatch, so a slow or failing vendor never holds up
 * another vendor or the order API. Runs right after an order is submitted and on every timer sweep. It never joins a
 * caller's transaction, so each step it records commits on its own and no transaction spans a vendor call.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DispatchRelay implements Outbox {

    static final Duration BULKHEAD_WAIT = Duration.ofSeconds(2);

    private static final Logger LOG = Logger.getLogger(DispatchRelay.class.getName());

    @Inject
    OutboxWorkers workers;
    @Inject
    DispatchClaims claims;
    @Inject
    DispatchAttempts attempts;
    @Inject
    DispatchLedger ledger;
    @Inject
    Vendors vendors;
    @Inject
    FulfillmentSettings settings;

    /** Claims what is due and starts sending it; returns how many dispatches were claimed. */
    public int sweep() {
        return workers.sweep(this);
    }

    @Override
    public List<Claim> claimDue() {
        return claims.claimDue();
    }

    @Override
    public void deliver(Claim claim) {
        send(claim);
    }

    /** A freshly submitted order's dispatches go out at once rather than at the next timer sweep. */
    void afterSubmit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SalesOrderSubmitted order) {
        sweepSoon();
    }

    /** A resumed or re-opened order's dispatches go out at once too. */
    void afterStatusChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SalesOrderStatusChanged change) {
        if (SalesOrder.TO_DELIVER.equals(change.to())) {
            sweepSoon();
        }
    }

    /** A vendor connected: what waited for a connection goes now, not at its next recheck. */
    void afterConnect(@Observes VendorConnected connected) {
        if (claims.releaseWaiting(connected.vendor()) > 0) {
            sweepSoon();
        }
    }

    /** Sweeps on a worker, without waiting. */
    public void sweepSoon() {
        workers.sweepSoon(this);
    }

    /** What a manual push did: dispatches the vendor took, and why the others were not taken. */
    public record PushOutcome(int sent, List<String> errors) {
    }

    /**
     * A vendor's manual push (sync_now): sends its oldest unsent dispatches now, on the caller's
     * thread; those the vendor did not take stay with the relay, which retries them.
     */
    public PushOutcome pushNow(String vendor, String supplier, int max) {
        int sent = 0;
        List<String> errors = new ArrayList<>();
        for (Claim claim : claims.claimUnsent(vendor, supplier, max)) {
            if (send(claim)) {
                sent++;
            } else {
                errors.add(claim.name() + ": " + ledger.lastError(claim.name()));
            }
        }
        return new PushOutcome(sent, errors);
    }

    /** Sends one unsent dispatch now, on the caller's thread; false when it is not unsent, is being sent, or the vendor did not take it. */
    public boolean pushNow(String vendor, String dispatch) {
        return claims.claimUnsent(vendor, dispatch).stream().anyMatch(this::send);
    }

    /**
     * Opens the attempt (committed) before calling the connector and completes it afterwards, each
     * in its own transaction, so that no transaction spans the vendor call and a call cut short by a
     * crash still shows in the attempt log.
     *
     * @return whether the vendor took the dispatch
     */
    boolean send(Claim claim) {
        String name = claim.name();
        try {
            DispatchRequest request = ledger.request(name);
            VendorConnector connector = vendors.connector(request.vendor()).orElse(null);
            if (connector == null) {
                ledger.waitForConnector(name, "No connector configured for " + vendors.label(request.vendor()) + ".");
                return false;
            }
            Optional<String> attempt = attempts.begin(claim);
            if (attempt.isEmpty()) {
                return false; // held, cancelled or claimed by another sweep since: not sent here
            }
            return call(connector, request, attempt.get());
        } catch (RuntimeException e) {
            // recording failed (database down): the claim lapses and a later sweep tries again
            LOG.log(Level.SEVERE, "Could not record the attempt at dispatch " + name + " or its outcome", e);
        }
        return false;
    }

    private boolean call(VendorConnector connector, DispatchRequest request, String attempt) {
        String name = request.dispatch();
        long start = System.nanoTime();
        try {
            connector.dispatch(request);
            ledger.sent(name, attempt, elapsedMillis(start));
            return true;
        } catch (VendorException e) {
            ledger.notSent(name, attempt, e, elapsedMillis(start)).ifPresent(this::sweepAt);
        } catch (FaultToleranceException e) {
            ledger.notSent(name, attempt, faultTolerance(vendors.label(request.vendor()), e, settings.breakerRetry()), elapsedMillis(start))
                    .ifPresent(this::sweepAt);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Connector for " + vendors.label(request.vendor()) + " failed on " + name, e);
            ledger.notSent(name, attempt, VendorException.unavailable(e.toString(), e), elapsedMillis(start)).ifPresent(this::sweepAt);
        }
        return false;
    }

    /**
     * What the vendor adapter's Fault Tolerance decided, as a retryable fault: a call that took too
     * long, a vendor whose circuit is open (not called: asked again once the breaker may half-open)
     * or a vendor already busy with as many calls as it may have.
     */
    static VendorException faultTolerance(String vendor, FaultToleranceException e, Duration breakerRetry) {
        if (e instanceof CircuitBreakerOpenException) {
            return VendorException.heldBack(vendor + " failed repeatedly; its circuit is open, so it was not called.", breakerRetry);
        }
        if (e instanceof BulkheadException) {
            return VendorException.heldBack(vendor + " is busy with as many calls as it may have at once.", BULKHEAD_WAIT);
        }
        if (e instanceof TimeoutException) {
            return VendorException.unavailable(vendor + " did not answer in time.", e);
        }
        return VendorException.unavailable(vendor + ": " + e, e);
    }

    private void sweepAt(Instant due) {
        workers.sweepAt(this, due);
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
