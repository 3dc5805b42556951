package com.medgrid.webhooks;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Subscription operations beyond the resource API: rotating the signing secret, test pings, replays. */
@ApplicationScoped
@Transactional
public class WebhookService {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    WebhookAccess access;
    @Inject
    WebhookSecrets secrets;
    @Inject
    CurrentUser user;
    @Inject
    WebhookOutbox outbox;
    @Inject
    Event<WebhookWorkQueued> queued;

    /**
     * A new signing secret for the caller's subscription, shown this once; the previous one keeps
     * signing until {@code previous_secret_expires_at}. Locked, so two rotations cannot both
     * replace the same secret.
     */
    public Map<String, Object> rotateSecret(String name) {
        WebhookSubscription subscription = visible(name, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        String secret = secrets.issue(subscription, now);
        subscription.modified(user.name(), now);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", name);
        result.put("secret", secret);
        result.put("previous_secret_expires_at", ApiJson.format(subscription.getPreviousSecretExpiresAt()));
        return result;
    }

    /** Sends a {@code webhook.ping} event to the caller's (enabled) subscription; answers with its delivery, to follow in the log. */
    public Map<String, Object> ping(String name) {
        WebhookSubscription subscription = visible(name, LockModeType.NONE);
        if (!subscription.isEnabled()) {
            throw ApiException.validation(WebhookSubscriptionDocType.META.doctype() + " " + name + " is disabled; enable it to ping it.");
        }
        WebhookDelivery delivery = outbox.ping(subscription);
        return Map.of("delivery", delivery.getName(), "event_id", delivery.getEventId());
    }

    /** Sends one of the caller's deliveries again, now, with its original event id. */
    public Map<String, Object> replay(String deliveryName) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryName, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !access.canSee(delivery)) {
            throw ApiException.notFound(WebhookDeliveryDocType.META.doctype() + " " + deliveryName + " not found.");
        }
        delivery.replay(Instant.now());
        queued.fire(new WebhookWorkQueued());
        return Map.of("delivery", deliveryName, "status", delivery.getStatus());
    }

    /** Sends again every failed delivery of the caller's subscription made at or after {@code since}. */
    public Map<String, Object> replayFailed(String name, Instant since) {
        visible(name, LockModeType.NONE);
        List<WebhookDelivery> failed = em.createQuery("SELECT d FROM WebhookDelivery d WHERE d.subscription = :subscription"
                        + " AND d.status = :failed AND d.creation >= :since", WebhookDelivery.class)
                .setParameter("subscription", name).setParameter("failed", WebhookDelivery.FAILED).setParameter("since", since)
                .getResultList();
        Instant now = Instant.now();
        failed.forEach(delivery -> delivery.replay(now));
        queued.fire(new WebhookWorkQueued());
        return Map.of("subscription", name, "replayed", failed.size());
    }

    private WebhookSubscription visible(String name, LockModeType lock) {
        WebhookSubscription subscription = em.find(WebhookSubscription.class, name, lock);
        if (subscription == null || !access.canSee(subscription)) {
            throw ApiException.notFound(WebhookSubscriptionDocType.META.doctype() + " " + name + " not found.");
        }
        return subscription;
    }

    /**
     * A subscription made on a user's behalf rather than by them (the demo partner's, with the demo
     * data); its secret is not shown to anyone: rotate it to verify deliveries. Returns its name.
     */
    public String subscribeOnBehalf(String owner, String url, List<String> events, String description) {
        Instant now = Instant.now();
        WebhookSubscription subscription = new WebhookSubscription("WH-" + Tokens.random(10));
        WebhookSubscriptionDocType.META.apply(ApiArgs.of(ApiJson.JSON.createObjectBuilder().add("url", url)
                .add("description", description).build()), subscription, Set.of("url", "description"));
        subscription.setEvents(events);
        secrets.issue(subscription, now);
        subscription.created(owner, now);
        em.persist(subscription);
        return subscription.getName();
    }
}
