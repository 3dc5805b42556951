package com.medgrid.webhooks;

import com.medgrid.platform.outbox.Claim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The deliveries' book: claims due ones for a relay, hands out what to send, and records each
 * attempt's outcome, each step in a transaction of its own so that none spans a call to a receiver.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class WebhookLedger {

    /** Pending rows when due; Sending rows whose claim has lapsed (their relay died). */
    private static final String DUE = "SELECT name, status FROM webhook_deliveries WHERE status IN ('" + WebhookDelivery.PENDING + "', '"
            + WebhookDelivery.SENDING + "') AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED";

    private static final String CLAIM = "UPDATE webhook_deliveries SET status = '" + WebhookDelivery.SENDING + "', next_attempt_at = ?"
            + " WHERE name = ? AND status IN ('" + WebhookDelivery.PENDING + "', '" + WebhookDelivery.SENDING + "') AND next_attempt_at <= ?";

    /** What one attempt sends: the body, where to, and the secrets that sign it. */
    record Outgoing(String url, String eventId, String payload, List<String> secrets) {
    }

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    WebhookSecrets secrets;
    @Inject
    WebhookSettings settings;

    /**
     * @return the deliveries now claimed by the caller, each until its lease ends. Each
     * claim is a conditional update that re-checks the row as it is now: a sweep that read a row
     * just before another sweep's claim committed (H2 can hand out such a row despite
     * {@code SKIP LOCKED}) finds it no longer due and leaves it. A lapsed claim's try goes in the
     * delivery's log as interrupted before it is sent again.
     */
    public List<Claim> claimDue() {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery(DUE).setParameter(1, Timestamp.from(now)).setParameter(2, settings.sweepBatch())
                .getResultList();
        Instant leaseEnd = Claim.leaseEnd(now, settings.claimLease());
        List<Claim> claimed = new ArrayList<>();
        for (Object[] row : due) {
            String name = (String) row[0];
            if (em.createNativeQuery(CLAIM).setParameter(1, Timestamp.from(leaseEnd)).setParameter(2, name).setParameter(3, Timestamp.from(now))
                    .executeUpdate() == 1) {
                if (WebhookDelivery.SENDING.equals(row[1])) {
                    // read after the claim above, so that only the log entry is written from the entity
                    em.find(WebhookDelivery.class, name).interrupted(now);
                }
                claimed.add(new Claim(name, leaseEnd));
            }
        }
        return claimed;
    }

    /**
     * What to send for a claimed delivery, with its claim renewed from now so that the lease covers
     * the call however long the task waited for a worker. Empty when the claim no longer holds the
     * delivery (it lapsed and another sweep took it) or its subscription was disabled since (the
     * delivery then fails, saying so; a replay sends it once it is enabled).
     */
    public Optional<Outgoing> outgoing(Claim claim) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, claim.name(), LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.isClaimedBy(claim.leaseEnd())) {
            return Optional.empty();
        }
        WebhookSubscription subscription = em.find(WebhookSubscription.class, delivery.getSubscription());
        if (subscription == null) {
            return Optional.empty(); // deleted since it was claimed (its deliveries go with it)
        }
        if (!subscription.isEnabled()) {
            delivery.failed("Not sent: the subscription is disabled.", Instant.now());
            return Optional.empty();
        }
        Instant now = Instant.now();
        delivery.renewClaim(Claim.leaseEnd(now, settings.claimLease()));
        return Optional.of(new Outgoing(subscription.getUrl(), delivery.getEventId(), delivery.getPayload(),
                secrets.signing(subscription, now)));
    }

    /**
     * Records an attempt: a 2xx delivers it; 410 disables the subscription; a retryable failure is
     * tried again with back-off (never before the receiver's {@code Retry-After}) until the give-up
     * time; any other answer fails it. Returns when it is due again, if it is.
     */
    public Optional<Instant> record(String name, WebhookResponse response) {
        Instant now = Instant.now();
        WebhookDelivery delivery = em.find(WebhookDelivery.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null) {
            return Optional.empty(); // its subscription was deleted during the attempt
        }
        WebhookSubscription subscription = em.find(WebhookSubscription.class, delivery.getSubscription(), LockModeType.PESSIMISTIC_WRITE);
        delivery.attempted(response, now);
        if (response.delivered()) {
            delivery.delivered(now);
            subscription.deliverySucceeded();
            return Optional.empty();
        }
        boolean disabled = subscription.deliveryFailed(now, settings.disableAfter());
        if (response.gone()) {
            subscription.gone(now);
            delivery.failed(null, now);
            return Optional.empty();
        }
        var policy = settings.retryPolicy();
        if (!disabled && response.retryable() && !policy.exhausted(delivery.getQueuedAt(), now)) {
            Instant due = policy.nextAttempt(delivery.getAttempts(), now, response.retryAfter(), ThreadLocalRandom.current()::nextDouble);
            delivery.retryAt(due);
            return Optional.of(due);
        }
        delivery.failed(disabled ? "Not retried: the subscription was disabled after failing continuously." : null, now);
        return Optional.empty();
    }
}
