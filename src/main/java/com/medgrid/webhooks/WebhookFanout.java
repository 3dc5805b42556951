package com.medgrid.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns outbox events into deliveries: one per enabled subscription that asked for the event and
 * whose owner may read its subject. Events being fanned out by another member are skipped, not
 * waited for ({@code SKIP LOCKED}), and each event is fanned out once.
 */
@ApplicationScoped
public class WebhookFanout {

    private static final String PENDING = "SELECT name FROM webhook_events WHERE fanned_out = FALSE"
            + " ORDER BY occurred_at LIMIT ? FOR UPDATE SKIP LOCKED";

    private static final String CLAIM = "UPDATE webhook_events SET fanned_out = TRUE WHERE name = ? AND fanned_out = FALSE";

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    WebhookAudience audience;
    @Inject
    WebhookSettings settings;

    /** Fans out a batch of events; returns how many deliveries it made. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int fanOut() {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery(PENDING).setParameter(1, settings.sweepBatch()).getResultList();
        if (names.isEmpty()) {
            return 0;
        }
        List<WebhookSubscription> subscriptions = em.createQuery("SELECT s FROM WebhookSubscription s WHERE s.enabled = TRUE",
                WebhookSubscription.class).getResultList();
        Instant now = Instant.now();
        Map<String, Optional<WebhookAudience.Owner>> owners = new HashMap<>();
        int made = 0;
        for (String name : names) {
            // re-checked as the row is now, so that an event read just before another member's fan-out committed is not fanned out twice
            if (em.createNativeQuery(CLAIM).setParameter(1, name).executeUpdate() == 0) {
                continue;
            }
            WebhookEvent event = em.find(WebhookEvent.class, name);
            for (WebhookSubscription subscription : subscriptions) {
                if (subscription.getEvents().contains(event.getEvent())) {
                    var payload = owners.computeIfAbsent(subscription.getOwner(), audience::owner)
                            .flatMap(owner -> audience.payloadFor(owner, event));
                    if (payload.isPresent()) {
                        em.persist(new WebhookDelivery(subscription, event, payload.get(), now));
                        made++;
                    }
                }
            }
        }
        return made;
    }
}
