package com.medgrid.fulfillment;

import com.medgrid.platform.api.DocumentEntity;
import com.medgrid.platform.validation.TextRules;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The outbox row for one vendor's share of one order: written when the order is submitted, sent
 * by the {@link DispatchRelay}, and then the place where the vendor's status and tracking are kept.
 * <p>
 * Queued (due at {@code next_attempt_at}) → Sending (claimed; the claim lapses at
 * {@code next_attempt_at}) → Sent, or back to Queued with a back-off after an error, or Failed
 * when the vendor refused it or kept failing past the give-up time. Waiting: no connector is
 * configured for the vendor yet. Held / Cancelled follow the order; Manual: MedGrid ships it.
 * Released: a review (a clinician's) approved the lines, which went on in dispatches of their own.
 */
@Entity
@Table(name = "fulfillment_dispatches")
@NamedQuery(name = Dispatch.OF_ORDER, query = "SELECT d FROM Dispatch d WHERE d.salesOrder = :order ORDER BY d.vendor")
@NamedQuery(name = Dispatch.OF_ORDERS, query = "SELECT d FROM Dispatch d WHERE d.salesOrder IN :orders ORDER BY d.salesOrder, d.vendor")
public class Dispatch extends DocumentEntity {

    static final String OF_ORDER = "Dispatch.ofOrder";
    static final String OF_ORDERS = "Dispatch.ofOrders";

    public static final String QUEUED = "Queued";
    public static final String SENDING = "Sending";
    public static final String SENT = "Sent";
    public static final String WAITING = "Waiting";
    public static final String FAILED = "Failed";
    public static final String HELD = "Held";
    public static final String CANCELLED = "Cancelled";
    public static final String MANUAL = "Manual";
    public static final String RELEASED = "Released";

    /** States of a dispatch on its way to the vendor: the relay sends it, or an admin retries it. */
    private static final Set<String> PENDING = Set.of(QUEUED, SENDING, WAITING, FAILED);

    private static final int MAX_TEXT = 1000;
    static final String INTERRUPTED_ERROR = "No answer was recorded before the dispatch was claimed again: the relay"
            + " stopped (or lost its database) during the call, so the vendor may or may not have taken it.";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "sales_order")
    private String salesOrder;

    @Column(name = "vendor")
    private String vendor;

    @Column(name = "status")
    private String status;

    @Column(name = "attempts")
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "queued_at")
    private Instant queuedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    @OneToMany(mappedBy = "dispatch", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("idx")
    private List<DispatchLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "dispatch", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("attemptedAt")
    private List<DispatchAttempt> attemptLog = new ArrayList<>();

    protected Dispatch() {
    }

    /** A new dispatch of an order to a vendor, due at once (or Manual for MedGrid's own shipping). */
    Dispatch(String name, String salesOrder, String vendor, Instant now) {
        this.name = name;
        this.salesOrder = salesOrder;
        this.vendor = vendor;
        this.status = Vendors.MANUAL.key().equals(vendor) ? MANUAL : QUEUED;
        this.nextAttemptAt = now;
        this.queuedAt = now;
    }

    void addLine(DispatchRequest.Line line) {
        lines.add(new DispatchLine(this, lines.size() + 1, line));
    }

    /**
     * Claimed by a relay until {@code leaseEnd}; if the relay dies, the claim lapses and another sends it.
     * A try still open from an earlier claim had its relay die mid-call: it is completed as interrupted.
     */
    void claim(Instant leaseEnd) {
        for (DispatchAttempt attempt : attemptLog) {
            if (attempt.isOpen()) {
                finish(attempt.getName(), DispatchAttempt.INTERRUPTED, INTERRUPTED_ERROR, 0);
            }
        }
        status = SENDING;
        nextAttemptAt = leaseEnd;
    }

    /**
     * A try that starts now, logged before the vendor is called; the outcome completes it. The claim
     * is renewed until {@code leaseEnd}, so that it lapses only if the call outlasts a whole lease.
     */
    DispatchAttempt begin(Instant now, Instant leaseEnd) {
        DispatchAttempt attempt = new DispatchAttempt(this, now);
        attemptLog.add(attempt);
        nextAttemptAt = leaseEnd;
        return attempt;
    }

    void sent(Instant now, String attempt, long durationMs) {
        finish(attempt, DispatchAttempt.SENT, null, durationMs);
        status = SENT;
        sentAt = now;
        lastError = null;
    }

    /** Whether the relay's claim still stands (the order was not held or cancelled meanwhile). */
    boolean isClaimed() {
        return SENDING.equals(status);
    }

    /** Whether the claim with this lease end still holds it: not lapsed and taken by another sweep, nor ended by a hold or cancel. */
    boolean isClaimedBy(Instant leaseEnd) {
        return isClaimed() && leaseEnd.equals(nextAttemptAt);
    }

    /** A failed try that will be repeated at {@code next}. */
    void retryAt(String attempt, String error, Instant next, long durationMs) {
        finish(attempt, DispatchAttempt.ERROR, error, durationMs);
        status = QUEUED;
        lastError = clip(error);
        nextAttemptAt = next;
    }

    /**
     * A try MedGrid's own guards held back before the vendor was asked (its circuit open, its bulkhead
     * full, its rate limit for the vendor): no attempt, so it leaves no entry and no longer back-off;
     * the dispatch is due again at {@code next}, when the guard allows.
     */
    void heldBack(String attempt, String reason, Instant next) {
        withdraw(attempt);
        status = QUEUED;
        lastError = clip(reason);
        nextAttemptAt = next;
    }

    /** A failed try after which nothing is retried until an admin asks for it. */
    void failed(String attempt, String error, long durationMs) {
        finish(attempt, DispatchAttempt.FAILED, error, durationMs);
        status = FAILED;
        lastError = clip(error);
    }

    /**
     * Completes a try with the vendor's answer. Each try counts once, when it first completes: an
     * answer arriving after the try was taken for interrupted replaces the guess but is not counted again.
     */
    void finish(String attempt, String outcome, String error, long durationMs) {
        DispatchAttempt tried = attemptLog.stream().filter(a -> a.getName().equals(attempt)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Dispatch " + name + " has no attempt " + attempt));
        if (tried.isOpen()) {
            attempts++;
        }
        tried.finish(outcome, error, durationMs);
    }

    /** A try that found no working connection to the vendor: it is no attempt (the dispatch waits), so it leaves no entry. */
    void withdraw(String attempt) {
        attemptLog.removeIf(a -> a.getName().equals(attempt));
    }

    /** No connector can take it yet: look again at {@code recheck}, without counting an attempt. */
    void waitFor(String reason, Instant recheck) {
        status = WAITING;
        lastError = clip(reason);
        nextAttemptAt = recheck;
    }

    /** An admin's retry of a failed dispatch: due now, with a fresh give-up window. */
    void requeue(Instant now) {
        status = QUEUED;
        nextAttemptAt = now;
        queuedAt = now;
    }

    /** The order went On Hold: an unsent dispatch waits for it. */
    void hold() {
        if (PENDING.contains(status)) {
            status = HELD;
        }
    }

    /** The order was resumed: a held dispatch is due again. */
    void resume(Instant now) {
        if (HELD.equals(status)) {
            status = QUEUED;
            nextAttemptAt = now;
        }
    }

    /** Its lines went on in dispatches of their own (a review approved them); nothing more is sent or counted here. */
    void released() {
        status = RELEASED;
    }

    /** The order was cancelled or closed: an unsent dispatch is dropped. */
    void cancel() {
        if (PENDING.contains(status) || HELD.equals(status) || MANUAL.equals(status)) {
            status = CANCELLED;
        }
    }

    static String clip(String text) {
        return TextRules.clip(text, MAX_TEXT);
    }

    @Override
    public String getName() {
        return name;
    }

    public String getSalesOrder() {
        return salesOrder;
    }

    public String getVendor() {
        return vendor;
    }

    public String getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public String getLastError() {
        return lastError;
    }

    public List<DispatchLine> getLines() {
        return List.copyOf(lines);
    }

    List<DispatchAttempt> getAttemptLog() {
        return List.copyOf(attemptLog);
    }
}
