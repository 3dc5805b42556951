package com.medgrid.platform.idempotency;

import com.medgrid.platform.scheduling.ExpiringRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The keys callers sent with their writes, each step in a transaction of its own so that a key is
 * visible to every member as soon as it is taken, whatever becomes of the request that took it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IdempotencyStore implements ExpiringRecords {

    /** How long a key and its answer are kept. */
    static final Duration KEPT = Duration.ofHours(24);
    /**
     * How long a key is held for a request that has not finished, unless renewed: the running request
     * renews it ({@link KeyHold}). A key whose request never finished (its member died) is given back
     * within this time, so the caller's retry with it runs instead of being told that it still runs.
     */
    static final Duration RUNNING_LEASE = Duration.ofSeconds(60);

    static final String RUNNING = "Running";
    static final String DONE = "Done";

    /** A key taken before: by which request, whether it still runs, and the answer it got. */
    record Seen(String requestHash, String status, Integer responseCode, String contentType, String responseBody) {
    }

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    /**
     * Takes the key for this request for {@link #RUNNING_LEASE}, unless it is taken and not expired (an
     * expired one is taken afresh); returns null when taken now, else what the key holds.
     */
    Seen take(String caller, String key, String requestHash) {
        Instant now = Instant.now();
        em.createNativeQuery("DELETE FROM idempotency_keys WHERE caller = ? AND idem_key = ? AND expires_at <= ?")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, Timestamp.from(now)).executeUpdate();
        int inserted = em.createNativeQuery("INSERT INTO idempotency_keys (caller, idem_key, request_hash, status, created_at, expires_at)"
                        + " VALUES (?, ?, ?, '" + RUNNING + "', ?, ?) ON CONFLICT DO NOTHING")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, Timestamp.from(now)).setParameter(5, Timestamp.from(now.plus(RUNNING_LEASE))).executeUpdate();
        if (inserted == 1) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT request_hash, status, response_code, content_type, response_body"
                + " FROM idempotency_keys WHERE caller = ? AND idem_key = ?").setParameter(1, caller).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return take(caller, key, requestHash); // released between the insert and the read: take it now
        }
        Object[] row = rows.get(0);
        return new Seen((String) row[0], (String) row[1], row[2] == null ? null : ((Number) row[2]).intValue(), (String) row[3],
                (String) row[4]);
    }

    /** The request that took the key still runs: it holds the key for another lease from now. */
    void renew(String caller, String key) {
        em.createNativeQuery("UPDATE idempotency_keys SET expires_at = ? WHERE caller = ? AND idem_key = ? AND status = '" + RUNNING + "'")
                .setParameter(1, Timestamp.from(Instant.now().plus(RUNNING_LEASE))).setParameter(2, caller).setParameter(3, key)
                .executeUpdate();
    }

    /** Keeps the answer the request got, for retries with the same key, for {@link #KEPT}. */
    void complete(String caller, String key, int responseCode, String contentType, String body) {
        em.createNativeQuery("UPDATE idempotency_keys SET status = '" + DONE + "', response_code = ?, content_type = ?, response_body = ?,"
                        + " expires_at = ? WHERE caller = ? AND idem_key = ?")
                .setParameter(1, responseCode).setParameter(2, contentType).setParameter(3, body)
                .setParameter(4, Timestamp.from(Instant.now().plus(KEPT))).setParameter(5, caller).setParameter(6, key).executeUpdate();
    }

    /** Gives the key back (the server failed): a retry with it runs the request again. */
    void release(String caller, String key) {
        em.createNativeQuery("DELETE FROM idempotency_keys WHERE caller = ? AND idem_key = ? AND status = '" + RUNNING + "'")
                .setParameter(1, caller).setParameter(2, key).executeUpdate();
    }

    @Override
    public String expiredRecords() {
        return "expired idempotency keys";
    }

    /** Forgets expired keys; returns how many. */
    @Override
    public int purgeExpired() {
        return em.createNativeQuery("DELETE FROM idempotency_keys WHERE expires_at <= ?").setParameter(1, Timestamp.from(Instant.now()))
                .executeUpdate();
    }
}
