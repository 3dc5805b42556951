package com.medgrid.webhooks;

import com.medgrid.platform.api.DocumentEntity;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.validation.TextRules;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One event on its way to one subscription, with every attempt. Pending (due at
 * {@code next_attempt_at}) → Sending (claimed; the claim lapses at {@code next_attempt_at}) →
 * Delivered on a 2xx, back to Pending with a back-off after a retryable failure, or Failed (a
 * final answer, the give-up time passed, or the subscription was disabled). A replay makes a
 * delivery Pending again.
 */
@Entity
@Table(name = "webhook_deliveries")
public class WebhookDelivery extends DocumentEntity {

    static final String PENDING = "Pending";
    static final String SENDING = "Sending";
    static final String DELIVERED = "Delivered";
    static final String FAILED = "Failed";

    static final int MAX_TEXT = 1000;
    static final String INTERRUPTED = "No answer was recorded before the claim lapsed: the member sending it stopped (or lost"
            + " its database) during the try, so the receiver may or may not have it; sent again with the same event id.";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "subscription")
    private String subscription;

    @Column(name = "event_id")
    private String eventId;

    @Column(name = "event")
    private String event;

    @Column(name = "payload")
    private String payload;

    @Column(name = "status")
    private String status;

    @Column(name = "attempts")
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "queued_at")
    private Instant queuedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error")
    private String lastError;

    @OneToMany(mappedBy = "delivery", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("idx")
    private List<WebhookDeliveryAttempt> attemptLog = new ArrayList<>();

    protected WebhookDelivery() {
    }

    /** A delivery of {@code event} to {@code subscription}, due now; {@code payload} is the body as its owner may read it. */
    WebhookDelivery(WebhookSubscription subscription, WebhookEvent event, String payload, Instant now) {
        this.name = "msg_" + Tokens.random(20);
        this.subscription = subscription.getName();
        this.eventId = event.getName();
        this.event = event.getEvent();
        this.payload = payload;
        this.status = PENDING;
        this.nextAttemptAt = now;
        this.queuedAt = now;
        created(subscription.getOwner(), now);
    }

    @Override
    public String getName() {
        return name;
    }

    String getSubscription() {
        return subscription;
    }

    String getEventId() {
        return eventId;
    }

    String getPayload() {
        return payload;
    }

    String getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getQueuedAt() {
        return queuedAt;
    }

    List<WebhookDeliveryAttempt> getAttemptLog() {
        return attemptLog;
    }

    /** Whether the claim with this lease end still holds it: not lapsed and taken by another sweep since. */
    boolean isClaimedBy(Instant leaseEnd) {
        return SENDING.equals(status) && leaseEnd.equals(nextAttemptAt);
    }

    /** The claim holds it until {@code leaseEnd} now, the call about to start. */
    void renewClaim(Instant leaseEnd) {
        nextAttemptAt = leaseEnd;
    }

    /** Writes the attempt into the log. */
    void attempted(WebhookResponse response, Instant now) {
        attempts++;
        attemptLog.add(new WebhookDeliveryAttempt(this, attempts, response));
        lastStatusCode = response.statusCode();
        lastError = response.delivered() ? null : TextRules.clip(response.describe(), MAX_TEXT);
        modified(getOwner(), now);
    }

    /**
     * Logs the try of a claim that lapsed: its relay stopped (or lost its database) before it
     * recorded an answer, so the receiver may or may not have the event. Logged when the lapse is
     * found ({@code now}); the try began up to a claim lease before.
     */
    void interrupted(Instant now) {
        attempted(WebhookResponse.noAnswer(now, 0, INTERRUPTED), now);
    }

    void delivered(Instant now) {
        status = DELIVERED;
        deliveredAt = now;
    }

    void retryAt(Instant due) {
        status = PENDING;
        nextAttemptAt = due;
    }

    void failed(String reason, Instant now) {
        status = FAILED;
        if (reason != null) {
            lastError = TextRules.clip(reason, MAX_TEXT);
        }
        modified(getOwner(), now);
    }

    /** Sends it again now, with a fresh retry window, whatever became of it. */
    void replay(Instant now) {
        status = PENDING;
        nextAttemptAt = now;
        queuedAt = now;
        modified(getOwner(), now);
    }
}
