package com.medgrid.webhooks;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Subscription operations beyond the resource API: rotating the signing secret. */
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

    /**
     * A new signing secret for the caller's subscription, shown this once; the previous one keeps
     * signing until {@code previous_secret_expires_at}. Locked, so two rotations cannot both
     * replace the same secret.
     */
    public Map<String, Object> rotateSecret(String name) {
        WebhookSubscription subscription = em.find(WebhookSubscription.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (subscription == null || !access.canSee(subscription)) {
            throw ApiException.notFound(WebhookSubscriptionDocType.META.doctype() + " " + name + " not found.");
        }
        Instant now = Instant.now();
        String secret = secrets.issue(subscription, now);
        subscription.modified(user.name(), now);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", name);
        result.put("secret", secret);
        result.put("previous_secret_expires_at", ApiJson.format(subscription.getPreviousSecretExpiresAt()));
        return result;
    }
}
