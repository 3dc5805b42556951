package com.medgrid.platform.naming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Creates a counter row in its own transaction, so a new prefix never holds up the caller's. */
@ApplicationScoped
public class SeriesCounters {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    /**
     * Idempotent: when another member creates the same prefix at the same time, the insert waits for
     * it and does nothing ({@code ON CONFLICT DO NOTHING}); any other failure is the caller's.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String prefix) {
        em.createNativeQuery("INSERT INTO naming_series (prefix, current_value) VALUES (?1, 0) ON CONFLICT DO NOTHING")
                .setParameter(1, prefix)
                .executeUpdate();
    }
}
