package com.medgrid.platform.inbox;

import com.medgrid.platform.crypto.Tokens;
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
 * A nonce is kept as its SHA-256 (hex): the vendor's signature covers a nonce of any length, and the
 * hash fits the column whatever the vendor sends while telling nonces apart just as well.
 */
@ApplicationScoped
public class ReplayGuard {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    /** @return true the first time a nonce is seen for the source, false for a replay */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean firstUse(String source, String nonce, Duration remember) {
        Instant now = Instant.now();
        String key = Tokens.sha256Hex(nonce);
        em.createNativeQuery("DELETE FROM webhook_nonces WHERE seen_at < ?").setParameter(1, Timestamp.from(now.minus(remember)))
                .executeUpdate();
        // the insert itself decides: concurrent deliveries of one nonce get one row, and the
        // losers a count of 0 rather than a key violation
        return em.createNativeQuery("INSERT INTO webhook_nonces (source, nonce, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .setParameter(1, source).setParameter(2, key).setParameter(3, Timestamp.from(now)).executeUpdate() == 1;
    }
}
