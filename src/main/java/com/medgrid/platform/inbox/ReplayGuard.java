package com.medgrid.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Remembers the nonces of signed webhooks for as long as their timestamps are accepted, so that a
 * captured request cannot be replayed. Each nonce is inserted once; the primary key decides races.
 */
@ApplicationScoped
public class ReplayGuard {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    /** @return true the first time a nonce is seen for the source, false for a replay */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean firstUse(String source, String nonce, Duration remember) {
        Instant now = Instant.now();
        em.createNativeQuery("DELETE FROM webhook_nonces WHERE seen_at < ?").setParameter(1, Timestamp.from(now.minus(remember)))
                .executeUpdate();
        boolean seen = !em.createNativeQuery("SELECT 1 FROM webhook_nonces WHERE source = ? AND nonce = ?")
                .setParameter(1, source).setParameter(2, nonce).getResultList().isEmpty();
        if (seen) {
            return false;
        }
        em.createNativeQuery("INSERT INTO webhook_nonces (source, nonce, seen_at) VALUES (?, ?, ?)")
                .setParameter(1, source).setParameter(2, nonce).setParameter(3, Timestamp.from(now)).executeUpdate();
        return true;
    }
}
