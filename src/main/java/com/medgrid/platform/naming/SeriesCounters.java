package com.medgrid.platform.naming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/** Creates a counter row in its own transaction, so a new prefix never holds up the caller's. */
@ApplicationScoped
public class SeriesCounters {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Inject
    SeriesCounters self;

    /** Idempotent: when another member created the row first, the unique key says so and that is fine. */
    public void create(String prefix) {
        try {
            self.insert(prefix);
        } catch (PersistenceException | jakarta.transaction.TransactionalException alreadyThere) {
            // Another transaction created the same prefix concurrently; its row serves us too.
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(String prefix) {
        em.createNativeQuery("INSERT INTO naming_series (prefix, current_value) "
                        + "SELECT ?1, 0 WHERE NOT EXISTS (SELECT 1 FROM naming_series WHERE prefix = ?1)")
                .setParameter(1, prefix)
                .executeUpdate();
    }
}
