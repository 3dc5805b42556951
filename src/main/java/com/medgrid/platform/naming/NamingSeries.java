package com.medgrid.platform.naming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    SeriesCounters counters;

    private final Clock clock = Clock.system(ZoneOffset.UTC);

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String pattern) {
        NamingPattern series = new NamingPattern(pattern);
        LocalDate today = LocalDate.now(clock);
        String prefix = series.prefix(today);
        if (increment(prefix) == 0) {
            counters.create(prefix);
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
