package com.medgrid.platform.inbox;

import com.medgrid.platform.crypto.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/** Writes inbox messages, each in its own transaction so that it is durable before the webhook is answered. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class InboxStore {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    /** @return the new message's name, or empty when the event is already stored */
    public Optional<String> insert(String source, String dedupeKey, String eventType, Instant eventAt, String body) {
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
