package com.medgrid.fulfillment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DispatchTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static Dispatch queued() {
        Dispatch dispatch = new Dispatch("SO-2026-00001", FulfillmentVendor.SHIPSTATION, NOW);
        dispatch.addLine(new DispatchRequest.Line("row1", "MASK", "Masks", BigDecimal.ONE, BigDecimal.TEN, "W - X", null));
        return dispatch;
    }

    @Test
    void aDispatchIsNamedAfterItsOrderAndVendorAndManualOnesAreNotSent() {
        assertEquals("SO-2026-00001-shipstation", queued().getName());
        assertEquals(Dispatch.QUEUED, queued().getStatus());
        assertEquals(Dispatch.MANUAL, new Dispatch("SO-2026-00001", FulfillmentVendor.MANUAL, NOW).getStatus());
    }

    @Test
    void everyAttemptIsLoggedAndSuccessClearsTheError() {
        Dispatch dispatch = queued();
        dispatch.claim(NOW.plusSeconds(120));
        assertTrue(dispatch.isClaimed());
        dispatch.retryAt(NOW, "HTTP 503", NOW.plusSeconds(30), 12);
        assertEquals(Dispatch.QUEUED, dispatch.getStatus());
        dispatch.claim(NOW.plusSeconds(150));
        dispatch.sent(NOW.plusSeconds(31), "SS-1", "Awaiting Shipment", 40);
        assertEquals(2, dispatch.getAttempts());
        assertEquals(2, dispatch.getAttemptLog().size());
        assertEquals(Dispatch.SENT, dispatch.getStatus());
        assertEquals("SS-1", dispatch.getVendorOrderId());
        assertEquals("Awaiting Shipment", dispatch.getVendorStatus());
    }

    @Test
    void holdingAndCancellingFollowTheOrderButNeverUndoASend() {
        Dispatch dispatch = queued();
        dispatch.hold();
        assertEquals(Dispatch.HELD, dispatch.getStatus());
        assertFalse(dispatch.isClaimed());
        dispatch.resume(NOW);
        assertEquals(Dispatch.QUEUED, dispatch.getStatus());
        dispatch.cancel();
        assertEquals(Dispatch.CANCELLED, dispatch.getStatus());

        Dispatch sent = queued();
        sent.claim(NOW);
        sent.sent(NOW, "SS-2", null, 5);
        sent.hold();
        sent.cancel();
        assertEquals(Dispatch.SENT, sent.getStatus());
    }

    @Test
    void aFailedDispatchIsRequeuedWithAFreshWindow() {
        Dispatch dispatch = queued();
        dispatch.claim(NOW);
        dispatch.failed(NOW, "HTTP 400: bad address", 8);
        assertEquals(Dispatch.FAILED, dispatch.getStatus());
        Instant later = NOW.plusSeconds(3600);
        dispatch.requeue(later);
        assertEquals(Dispatch.QUEUED, dispatch.getStatus());
        assertEquals(later, dispatch.getQueuedAt());
    }

    @Test
    void longErrorsAreClipped() {
        assertEquals(1000, Dispatch.clip("x".repeat(5000)).length());
    }
}
