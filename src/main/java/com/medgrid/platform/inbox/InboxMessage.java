package com.medgrid.platform.inbox;

import com.medgrid.platform.validation.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A verified inbound webhook as it arrived, and how processing it went. */
@Entity
@Table(name = "webhook_inbox")
@NamedQuery(name = InboxMessage.BY_KEY, query = "SELECT m FROM InboxMessage m WHERE m.source = :source AND m.dedupeKey = :key")
@NamedQuery(name = InboxMessage.PENDING, query = "SELECT m.name FROM InboxMessage m WHERE m.status = '" + InboxMessage.RECEIVED
        + "' AND m.receivedAt < :before ORDER BY m.receivedAt")
public class InboxMessage {

    static final String BY_KEY = "InboxMessage.byKey";
    static final String PENDING = "InboxMessage.pending";

    public static final String RECEIVED = "Received";
    public static final String PROCESSED = "Processed";
    public static final String FAILED = "Failed";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "source")
    private String source;

    @Column(name = "dedupe_key")
    private String dedupeKey;

    @Column(name = "event_type")
    private String eventType;

    @Column(name = "event_at")
    private Instant eventAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "body")
    private String body;

    @Column(name = "status")
    private String status;

    @Column(name = "attempts")
    private int attempts;

    @Column(name = "processed_at")
    private Instant processedAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "error")
    private String error;

    protected InboxMessage() {
    }

    InboxMessage(String name, String source, String dedupeKey, String eventType, Instant eventAt, String body, Instant receivedAt) {
        this.name = name;
        this.source = source;
        this.dedupeKey = dedupeKey;
        this.eventType = eventType;
        this.eventAt = eventAt;
        this.body = body;
        this.receivedAt = receivedAt;
        this.status = RECEIVED;
    }

    public String getName() {
        return name;
    }

    public String getSource() {
        return source;
    }

    public String getEventType() {
        return eventType;
    }

    /** The vendor's time of the event when it says one, else when MedGrid received it. */
    public Instant getEventAt() {
        return eventAt != null ? eventAt : receivedAt;
    }

    public String getBody() {
        return body;
    }

    String getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    /**
     * Claims a received message for one member until {@code until}, unless another member's claim
     * still holds.
     *
     * @return whether this member may process it now
     */
    boolean claim(Instant now, Instant until) {
        if (!RECEIVED.equals(status) || claimedUntil != null && claimedUntil.isAfter(now)) {
            return false;
        }
        claimedUntil = until;
        return true;
    }

    void processed(Instant now) {
        claimedUntil = null;
        attempts++;
        status = PROCESSED;
        processedAt = now;
        error = null;
    }

    /** An admin's retry: received again, with a fresh count of attempts. */
    void requeue() {
        claimedUntil = null;
        status = RECEIVED;
        attempts = 0;
    }

    /** A failed try; after {@code maxAttempts} the message stays Failed for an admin. */
    void failedAttempt(String reason, int maxAttempts) {
        claimedUntil = null;
        attempts++;
        error = TextRules.clip(reason, 1000);
        if (attempts >= maxAttempts) {
            status = FAILED;
        }
    }
}
