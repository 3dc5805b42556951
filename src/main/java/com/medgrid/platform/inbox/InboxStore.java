package com.medgrid.platform.inbox;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.crypto.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * Writes inbox messages, each in its own transaction so that it is durable before the webhook is
 * answered; a delivery's nonce, if its vendor signs one, is remembered in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class InboxStore {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Inject
    ReplayGuard replays;

    /**
     * @param nonce the delivery's signed nonce, or null when its vendor signs none
     * @return the new message's name, or empty when the event is already stored
     * @throws ApiException 401, with nothing written, when the nonce was used before
     */
    public Optional<String> insert(Inbox.Nonce nonce, String source, String dedupeKey, String eventType, Instant eventAt, String body) {
        if (nonce != null && !replays.firstUse(source, nonce.value())) {
            throw ApiException.authentication(nonce.header() + " was used before.");
        }
        if (exists(source, dedupeKey)) {
            return Optional.empty();
        }
        InboxMessage message = new InboxMessage(Tokens.random(16), source, dedupeKey, eventType, eventAt, body, Instant.now());
        em.persist(message);
        em.flush();
        return Optional.of(message.getName());
    }

    public boolean exists(String source, String dedupeKey) {
        return !em.createNamedQuery(InboxMessage.BY_KEY, InboxMessage.class)
                .setParameter("source", source).setParameter("key", dedupeKey).getResultList().isEmpty();
    }
}
