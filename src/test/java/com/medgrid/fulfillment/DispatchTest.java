package com.medgrid.fulfillment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DispatchTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    /** Where a try's renewed claim lapses, for the tests that are not about the lease. */
    private static final Instant LEASE_END = NOW.plusSeconds(600);

    private static Dispatch queued() {
        Dispatch dispatch = new Dispatch("SO-2026-00001-shipstation", "SO-2026-00001", "shipstation", NOW);
        dispatch.addLine(new DispatchRequest.Line("row1", "MASK", "Masks", BigDecimal.ONE, BigDecimal.TEN, "W - X", null));
        return dispatch;
    }

    @Test
    void aDispatchIsDueAtOnceAndManualOnesAreNotSent() {
        assertEquals(Dispatch.QUEUED, queued().getStatus());
        assertEquals(Dispatch.MANUAL, new Dispatch("SO-2026-00001-manual", "SO-2026-00001", Vendors.MANUAL.key(), NOW).getStatus());
    }

    private static List<String> outcomes(Dispatch dispatch) {
        return dispatch.getAttemptLog().stream().map(DispatchAttempt::getOutcome).toList();
    }

    @Test
    void everyAttemptIsLoggedAndSuccessClearsTheError() {
        Dispatch dispatch = queued();
        dispatch.claim(NOW.plusSeconds(120));
        assertTrue(dispatch.isClaimed());
        dispatch.retryAt(dispatch.begin(NOW, LEASE_END).getName(), "HTTP 503", NOW.plusSeconds(30), 12);
        assertEquals(Dispatch.QUEUED, dispatch.getStatus());
        dispatch.claim(NOW.plusSeconds(150));
        dispatch.sent(NOW.plusSeconds(31), dispatch.begin(NOW.plusSeconds(30), LEASE_END).getName(), 40);
        assertEquals(2, dispatch.getAttempts());
        assertEquals(2, dispatch.getAttemptLog().size());
        assertEquals(Dispatch.SENT, dispatch.getStatus());
        assertEquals(null, dispatch.getLastError());
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
        sent.sent(NOW, sent.begin(NOW, LEASE_END).getName(), 5);
        sent.hold();
        sent.cancel();
        assertEquals(Dispatch.SENT, sent.getStatus());
    }

    @Test
    void aFailedDispatchIsRequeuedWithAFreshWindow() {
        Dispatch dispatch = queued();
        dispatch.claim(NOW);
        dispatch.failed(dispatch.begin(NOW, LEASE_END).getName(), "HTTP 400: bad address", 8);
        assertEquals(Dispatch.FAILED, dispatch.getStatus());
        Instant later = NOW.plusSeconds(3600);
        dispatch.requeue(later);
        assertEquals(Dispatch.QUEUED, dispatch.getStatus());
        assertEquals(later, dispatch.getQueuedAt());
    }

    @Test
    void anAttemptIsOnRecordAsSendingBeforeTheVendorAnswersAndItsOutcomeCompletesTheSameEntry() {
        Dispatch dispatch = queued();
        dispatch.claim(NOW.plusSeconds(120));
        DispatchAttempt attempt = dispatch.begin(NOW, LEASE_END);
        assertEquals(List.of(DispatchAttempt.SENDING), outcomes(dispatch));
        assertEquals(0, dispatch.getAttempts(), "a try counts once it is over");
        dispatch.sent(NOW.plusSeconds(1), attempt.getName(), 900);
        assertEquals(List.of(DispatchAttempt.SENT), outcomes(dispatch));
        assertEquals(900L, attempt.toWire().get("duration_ms"));
        assertEquals(1, dispatch.getAttempts());
    }

    @Test
    void aTryStillOpenWhenTheDispatchIsClaimedAgainWasInterrupted() {
        Dispatch dispatch = queued();
        dispatch.claim(NOW.plusSeconds(120));
        dispatch.begin(NOW, LEASE_END); // and the server dies during the call
        dispatch.claim(NOW.plusSeconds(300)); // another relay, once the claim has lapsed
        DispatchAttempt second = dispatch.begin(NOW.plusSeconds(180), LEASE_END);
        assertEquals(List.of(DispatchAttempt.INTERRUPTED, DispatchAttempt.SENDING), outcomes(dispatch));
        assertEquals(Dispatch.INTERRUPTED_ERROR, dispatch.getAttemptLog().get(0).toWire().get("error"));
        dispatch.sent(NOW.plusSeconds(181), second.getName(), 40);
        assertEquals(List.of(DispatchAttempt.INTERRUPTED, DispatchAttempt.SENT), outcomes(dispatch));
        assertEquals(2, dispatch.getAttempts());
    }

    @Test
    void aClaimHoldsTheDispatchUntilAnotherTakesItAndATryRenewsIt() {
        Dispatch dispatch = queued();
        Instant first = NOW.plusSeconds(120);
        dispatch.claim(first);
        assertTrue(dispatch.isClaimedBy(first));
        // its task waited for a worker past the lease; another sweep claimed the dispatch again
        Instant second = NOW.plusSeconds(250);
        dispatch.claim(second);
        assertFalse(dispatch.isClaimedBy(first), "the late task must not send it too");
        assertTrue(dispatch.isClaimedBy(second));

        Instant renewed = NOW.plusSeconds(370);
        dispatch.begin(NOW.plusSeconds(250), renewed);
        assertTrue(dispatch.isClaimedBy(renewed), "the lease runs from the call's start");
        assertFalse(dispatch.isClaimedBy(second));
        dispatch.hold();
        assertFalse(dispatch.isClaimedBy(renewed), "a hold ends the claim");
    }

    @Test
    void aLateAnswerReplacesTheInterruptedGuessWithoutCountingTwice() {
        Dispatch dispatch = queued();
        dispatch.claim(NOW.plusSeconds(120));
        DispatchAttempt slow = dispatch.begin(NOW, LEASE_END);
        dispatch.hold();
        dispatch.resume(NOW.plusSeconds(5));
        dispatch.claim(NOW.plusSeconds(125));
        assertEquals(List.of(DispatchAttempt.INTERRUPTED), outcomes(dispatch));
        dispatch.finish(slow.getName(), DispatchAttempt.ERROR, "HTTP 503", 3000);
        assertEquals(List.of(DispatchAttempt.ERROR), outcomes(dispatch));
        assertEquals(1, dispatch.getAttempts());
    }

    @Test
    void aTryThatFoundNoConnectionLeavesNoEntry() {
        Dispatch dispatch = queued();
        dispatch.claim(NOW.plusSeconds(120));
        dispatch.withdraw(dispatch.begin(NOW, LEASE_END).getName());
        assertEquals(List.of(), outcomes(dispatch));
        assertEquals(0, dispatch.getAttempts());
    }

    @Test
    void aTryHeldBackBeforeTheVendorWasAskedLeavesNoEntryAndDoesNotCount() {
        Dispatch dispatch = queued();
        dispatch.claim(NOW.plusSeconds(120));
        dispatch.retryAt(dispatch.begin(NOW, LEASE_END).getName(), "HTTP 503", NOW.plusSeconds(2), 12);
        dispatch.claim(NOW.plusSeconds(122));
        dispatch.heldBack(dispatch.begin(NOW.plusSeconds(2), LEASE_END).getName(), "circuit open", NOW.plusSeconds(7));

        assertEquals(List.of(DispatchAttempt.ERROR), outcomes(dispatch));
        assertEquals(1, dispatch.getAttempts(), "the back-off goes on from the vendor's own failures");
        assertEquals(Dispatch.QUEUED, dispatch.getStatus());
        assertEquals("circuit open", dispatch.getLastError());
    }

    @Test
    void longErrorsAreClipped() {
        assertEquals(1000, Dispatch.clip("x".repeat(5000)).length());
    }
}
