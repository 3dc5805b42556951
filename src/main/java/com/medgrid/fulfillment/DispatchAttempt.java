package com.medgrid.fulfillment;

import com.medgrid.platform.api.FieldValues;
import com.medgrid.platform.crypto.Tokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One try at sending a dispatch: when, how it ended, why, and how long the vendor took. It is
 * written as {@value #SENDING} before the vendor is called and completed with the outcome after,
 * so a call whose relay died shows; the next claim of the dispatch completes such a try as
 * {@value #INTERRUPTED} (the vendor may or may not have taken it; the re-send carries the same
 * dedupe key).
 */
@Entity
@Table(name = "fulfillment_dispatch_attempts")
public class DispatchAttempt {

    static final String SENDING = "Sending";
    static final String SENT = "Sent";
    static final String ERROR = "Error";
    static final String FAILED = "Failed";
    static final String INTERRUPTED = "Interrupted";

    @Id
    @Column(name = "name")
    private String name;

    @ManyToOne
    @JoinColumn(name = "parent")
    private Dispatch dispatch;

    @Column(name = "attempted_at")
    private Instant attemptedAt;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "error")
    private String error;

    @Column(name = "duration_ms")
    private long durationMs;

    protected DispatchAttempt() {
    }

    /** A try starting now: the vendor is about to be called. */
    DispatchAttempt(Dispatch dispatch, Instant attemptedAt) {
        this.name = Tokens.random(10);
        this.dispatch = dispatch;
        this.attemptedAt = attemptedAt;
        this.outcome = SENDING;
    }

    String getName() {
        return name;
    }

    String getOutcome() {
        return outcome;
    }

    /** Still waiting for the vendor's answer (or for a relay that will never give it). */
    boolean isOpen() {
        return SENDING.equals(outcome);
    }

    void finish(String outcome, String error, long durationMs) {
        this.outcome = outcome;
        this.error = Dispatch.clip(error);
        this.durationMs = durationMs;
    }

    Instant getAttemptedAt() {
        return attemptedAt;
    }

    Map<String, Object> toWire() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("attempted_at", FieldValues.toWire(attemptedAt));
        row.put("outcome", outcome);
        row.put("error", error);
        row.put("duration_ms", durationMs);
        return row;
    }
}
