package com.medgrid.platform.naming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Hands out document names from a naming series. The counter row is incremented inside the
 * caller's transaction: the row lock serialises concurrent inserts (on any cluster member) until
 * the document commits, and a rolled-back insert gives its number back, so names stay gap-free.
 */
@ApplicationScoped
public class NamingSeries {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    private final Clock clock = Clock.system(ZoneOffset.UTC);

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String pattern) {
        NamingPattern series = new NamingPattern(pattern);
        LocalDate today = LocalDate.now(clock);
        String prefix = series.prefix(today);
        if (increment(prefix) == 0) {
            // A new prefix: created in this transaction, on its one connection. Another member creating the
            // same prefix at the same time waits for this one to commit and then does nothing (its insert
            // conflicts); its increment then waits for the row lock like any other.
            em.createNativeQuery("INSERT INTO naming_series (prefix, current_value) VALUES (?1, 0) ON CONFLICT DO NOTHING")
                    .setParameter(1, prefix)
                    .executeUpdate();
            increment(prefix);
        }
        Number value = (Number) em.createNativeQuery("SELECT current_value FROM naming_series WHERE prefix = ?1")
                .setParameter(1, prefix)
                .getSingleResult();
        return series.format(today, value.longValue());
    }

    private int increment(String prefix) {
        return em.createNativeQuery("UPDATE naming_series SET current_value = current_value + 1 WHERE prefix = ?1")
                .setParameter(1, prefix)
                .executeUpdate();
    }
}
