package com.medgrid.platform.inbox;

import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.scheduling.ExpiringRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Remembers the nonces of signed webhooks, so that a captured request cannot be replayed. Each nonce
 * is inserted once; the primary key decides races. A nonce is kept as its SHA-256 (hex): the vendor's
 * signature covers a nonce of any length, and the hash fits the column whatever the vendor sends while
 * telling nonces apart just as well. Nonces are kept for {@link #MEMORY}, longer than any vendor's
 * signature window, and purged hourly rather than on each delivery, which keeps a delivery to one insert.
 */
@ApplicationScoped
public class ReplayGuard implements ExpiringRecords {

    /** At least as long as any signature window (PerfectRx: timestamps within five minutes either way). */
    public static final Duration MEMORY = Duration.ofHours(1);

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    /**
     * Joins the caller's transaction (the one storing the event), so that a refused replay writes nothing.
     *
     * @return true the first time a nonce is seen for the source, false for a replay
     */
    @Transactional
    public boolean firstUse(String source, String nonce) {
        // the insert itself decides: concurrent deliveries of one nonce get one row, and the
        // losers a count of 0 rather than a key violation
        return em.createNativeQuery("INSERT INTO webhook_nonces (source, nonce, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .setParameter(1, source).setParameter(2, Tokens.sha256Hex(nonce)).setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate() == 1;
    }

    @Override
    public String expiredRecords() {
        return "webhook nonces";
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeExpired() {
        return em.createNativeQuery("DELETE FROM webhook_nonces WHERE seen_at < ?")
                .setParameter(1, Timestamp.from(Instant.now().minus(MEMORY))).executeUpdate();
    }
}
