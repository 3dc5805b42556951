package com.medgrid.fulfillment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Claims due dispatches for one relay. Rows another member is claiming right now are skipped,
 * not waited for ({@code FOR UPDATE SKIP LOCKED}), so any number of members sweep side by side
 * and each dispatch is sent by one of them.
 */
@ApplicationScoped
public class DispatchClaims {

    /** Queued and Waiting rows when due; Sending rows whose claim has lapsed (their relay died). */
    private static final String DUE = "SELECT name FROM fulfillment_dispatches"
            + " WHERE status IN ('" + Dispatch.QUEUED + "', '" + Dispatch.SENDING + "', '" + Dispatch.WAITING + "')"
            + " AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED";

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    FulfillmentSettings settings;

    /** @return names of the dispatches now claimed by the caller, each until its lease ends */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> claimDue() {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery(DUE)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, settings.sweepBatch())
                .getResultList();
        Instant leaseEnd = now.plus(settings.claimLease());
        for (String name : names) {
            em.find(Dispatch.class, name).claim(leaseEnd);
        }
        return names;
    }
}
