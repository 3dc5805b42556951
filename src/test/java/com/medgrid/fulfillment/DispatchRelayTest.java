package com.medgrid.fulfillment;

import com.medgrid.platform.outbox.Claim;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the relay turns a connector's answer into the ledger entry, one dispatch at a time. */
class DispatchRelayTest {

    /** Records what the relay writes down instead of writing it. */
    private static final class RecordingLedger extends DispatchLedger {
        final List<String> entries = new ArrayList<>();
        VendorException lastError;
        /** The attempt the relay opens; empty: the dispatch is no longer claimed. */
        Optional<String> opened = Optional.of("attempt-1");

        @Override
        public DispatchRequest request(String name) {
            return new DispatchRequest(name, "SO-2026-00001", "shipstation",
                    List.of(new DispatchRequest.Line("row1", "MASK", "Masks", BigDecimal.ONE, BigDecimal.TEN, "W - X", null)));
        }

        @Override
        public void sent(String name, String attempt, long durationMs) {
            entries.add("sent " + name + " as " + attempt);
        }

        @Override
        public Optional<java.time.Instant> notSent(String name, String attempt, VendorException error, long durationMs) {
            lastError = error;
            entries.add("not sent as " + attempt);
            return Optional.empty();
        }

        @Override
        public void waitForConnector(String name, String reason) {
            entries.add("waiting: " + reason);
        }
    }

    private static DispatchRelay relay(RecordingLedger ledger, VendorConnector connector) {
        DispatchRelay relay = new DispatchRelay();
        relay.ledger = ledger;
        relay.attempts = new DispatchAttempts() {
            @Override
            public Optional<String> begin(Claim claim) {
                ledger.entries.add("begin " + claim.name());
                return ledger.opened;
            }
        };
        relay.vendors = new Vendors() {
            @Override
            public Optional<VendorConnector> connector(String vendor) {
                return Optional.ofNullable(connector).filter(c -> c.description().key().equals(vendor));
            }

            @Override
            public String label(String key) {
                return "ShipStation";
            }
        };
        return relay;
    }

    private static Claim claim(String dispatch) {
        return new Claim(dispatch, Instant.parse("2026-11-23T10:02:00Z"));
    }

    static final VendorDescription SHIPPER = new VendorDescription("shipstation", "ShipStation",
            VendorDescription.Connections.SELF_SERVICE, List.of(), List.of(), List.of(), java.util.Set.of());

    private static VendorConnector connector(java.util.function.Consumer<DispatchRequest> behaviour) {
        return new VendorConnector() {
            @Override
            public VendorDescription description() {
                return SHIPPER;
            }

            @Override
            public void dispatch(DispatchRequest request) {
                behaviour.accept(request);
            }

            @Override
            public List<VendorUpdate> poll(VendorOrderRef order) {
                throw new UnsupportedOperationException("this connector does not poll");
            }
        };
    }

    @Test
    void aDispatchTheVendorTookIsRecordedAsSent() {
        RecordingLedger ledger = new RecordingLedger();
        relay(ledger, connector(r -> ledger.entries.add("placed " + r.dispatch()))).send(claim("SO-2026-00001-shipstation"));
        assertEquals(List.of("begin SO-2026-00001-shipstation", "placed SO-2026-00001-shipstation", "sent SO-2026-00001-shipstation as attempt-1"),
                ledger.entries);
    }

    @Test
    void theAttemptIsOnRecordBeforeTheVendorIsCalledAndItsOutcomeCompletesThatAttempt() {
        RecordingLedger ledger = new RecordingLedger();
        relay(ledger, connector(r -> {
            ledger.entries.add("vendor called");
            throw VendorException.unavailable("HTTP 503", null);
        })).send(claim("d"));
        assertEquals(List.of("begin d", "vendor called", "not sent as attempt-1"), ledger.entries);
    }

    @Test
    void aDispatchNoLongerClaimedWhenItsAttemptWouldStartIsNotSent() {
        RecordingLedger ledger = new RecordingLedger();
        ledger.opened = Optional.empty();
        boolean sent = relay(ledger, connector(r -> ledger.entries.add("vendor called"))).send(claim("d"));
        assertFalse(sent);
        assertEquals(List.of("begin d"), ledger.entries);
    }

    @Test
    void vendorFaultsAreRecordedWithTheirRetryAdvice() {
        RecordingLedger ledger = new RecordingLedger();
        relay(ledger, connector(r -> {
            throw VendorException.rateLimited("HTTP 429", Duration.ofSeconds(40));
        })).send(claim("d"));
        assertEquals(List.of("begin d", "not sent as attempt-1"), ledger.entries);
        assertTrue(ledger.lastError.retryable());
        assertEquals(Optional.of(Duration.ofSeconds(40)), ledger.lastError.retryAfter());

        relay(ledger, connector(r -> {
            throw VendorException.rejected("HTTP 400: invalid address");
        })).send(claim("d"));
        assertFalse(ledger.lastError.retryable());
    }

    @Test
    void whatTheVendorsFaultToleranceHeldBackIsMarkedNotAsked() {
        Duration breakerRetry = Duration.ofSeconds(5);
        VendorException open = DispatchRelay.faultTolerance("SINQ Ops", new CircuitBreakerOpenException("open"), breakerRetry);
        VendorException busy = DispatchRelay.faultTolerance("SINQ Ops", new BulkheadException("full"), breakerRetry);
        VendorException slow = DispatchRelay.faultTolerance("SINQ Ops", new TimeoutException("slow"), breakerRetry);

        assertFalse(open.vendorAsked());
        assertEquals(Optional.of(breakerRetry), open.retryAfter());
        assertFalse(busy.vendorAsked());
        assertTrue(slow.vendorAsked(), "a call that timed out reached the vendor");
        assertTrue(open.retryable() && busy.retryable() && slow.retryable());
    }

    @Test
    void aCallHeldBackIsAskedForAgainWhenTheGuardAllowsSpreadOverHalfAsLongAgain() {
        Instant now = Instant.parse("2026-12-07T12:00:00Z");
        assertEquals(now.plusSeconds(5), DispatchLedger.heldBackUntil(now, Duration.ofSeconds(5), () -> 0.0));
        assertEquals(now.plusMillis(7500), DispatchLedger.heldBackUntil(now, Duration.ofSeconds(5), () -> 1.0));
        assertEquals(now.plus(DispatchLedger.HELD_BACK_MIN), DispatchLedger.heldBackUntil(now, Duration.ZERO, () -> 0.0),
                "a limiter's next slot in 0 s does not make the relay spin");
    }

    @Test
    void aConnectorBugCountsAsARetryableFaultNotALostDispatch() {
        RecordingLedger ledger = new RecordingLedger();
        relay(ledger, connector(r -> {
            throw new IllegalStateException("unexpected JSON");
        })).send(claim("d"));
        assertEquals(List.of("begin d", "not sent as attempt-1"), ledger.entries);
        assertTrue(ledger.lastError.retryable());
        assertTrue(ledger.lastError.getMessage().contains("unexpected JSON"));
    }

    @Test
    void withoutAReadyConnectorTheDispatchWaits() {
        RecordingLedger ledger = new RecordingLedger();
        relay(ledger, null).send(claim("d"));
        assertEquals(List.of("waiting: No connector configured for ShipStation."), ledger.entries);
    }
}
