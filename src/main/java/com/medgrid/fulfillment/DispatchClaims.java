package com.medgrid.fulfillment;

import com.medgrid.platform.outbox.Claim;
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

    /** Dispatches not yet sent of one vendor, for a manual push (sync_now); a supplier narrows them to its lines. */
    private static final String UNSENT = "SELECT d.name FROM fulfillment_dispatches d WHERE d.vendor = ?"
            + " AND d.status IN ('" + Dispatch.QUEUED + "', '" + Dispatch.WAITING + "', '" + Dispatch.FAILED + "')";
    private static final String OF_SUPPLIER = " AND EXISTS (SELECT 1 FROM fulfillment_dispatch_lines l WHERE l.parent = d.name AND l.supplier = ?)";
    private static final String OLDEST_FIRST = " ORDER BY d.queued_at LIMIT ? FOR UPDATE SKIP LOCKED";

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    FulfillmentSettings settings;

    /** @return the dispatches now claimed by the caller, each until its lease ends */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claim> claimDue() {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery(DUE)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, settings.sweepBatch())
                .getResultList();
        return claim(names, now);
    }

    /** Claims up to {@code max} unsent dispatches of a vendor (with lines of {@code supplier}, unless null), oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claim> claimUnsent(String vendor, String supplier, int max) {
        var query = em.createNativeQuery(UNSENT + (supplier == null ? "" : OF_SUPPLIER) + OLDEST_FIRST);
        int position = 1;
        query.setParameter(position++, vendor);
        if (supplier != null) {
            query.setParameter(position++, supplier);
        }
        query.setParameter(position, max);
        @SuppressWarnings("unchecked")
        List<String> names = query.getResultList();
        return claim(names, Instant.now());
    }

    /** Claims one named dispatch if it is unsent and nobody else holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claim> claimUnsent(String vendor, String dispatch) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery(UNSENT + " AND d.name = ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, vendor).setParameter(2, dispatch).getResultList();
        return claim(names, Instant.now());
    }

    /** Makes a vendor's Waiting dispatches due now; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int releaseWaiting(String vendor) {
        return em.createNativeQuery("UPDATE fulfillment_dispatches SET next_attempt_at = ? WHERE vendor = ? AND status = '"
                + Dispatch.WAITING + "'").setParameter(1, Timestamp.from(Instant.now())).setParameter(2, vendor).executeUpdate();
    }

    private List<Claim> claim(List<String> names, Instant now) {
        Instant leaseEnd = Claim.leaseEnd(now, settings.claimLease());
        for (String name : names) {
            em.find(Dispatch.class, name).claim(leaseEnd);
        }
        return names.stream().map(name -> new Claim(name, leaseEnd)).toList();
    }
}
