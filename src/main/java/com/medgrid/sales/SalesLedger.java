package com.medgrid.sales;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads the sales team, its incentive rules and its credited sales: a few grouped queries per request, never one per rep. */
@ApplicationScoped
public class SalesLedger {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    SalesTeam team() {
        return new SalesTeam(em.createNamedQuery(SalesPerson.ALL, SalesPerson.class).getResultStream()
                .map(p -> new SalesTeam.Member(p.getName(), p.getSalesPersonName(), p.getParentSalesPerson(), p.getUser(),
                        p.getCommissionRate(), p.isEnabled()))
                .toList());
    }

    List<Milestone> rules() {
        return em.createNamedQuery(SalesMilestone.ALL, SalesMilestone.class).getResultStream().map(SalesMilestone::rule).toList();
    }

    /** The reps' credited sales per day from {@code since} on. */
    SalesBook book(Collection<String> reps, LocalDate since) {
        Map<String, NavigableMap<LocalDate, SalesBook.Day>> days = new HashMap<>();
        if (!reps.isEmpty()) {
            em.createQuery("SELECT c.salesPerson, c.transactionDate, SUM(c.amount), SUM(c.paidAmount), COUNT(c) FROM SalesCredit c"
                            + " WHERE c.reversedAt IS NULL AND c.transactionDate >= :since AND c.salesPerson IN :reps"
                            + " GROUP BY c.salesPerson, c.transactionDate", Object[].class)
                    .setParameter("since", since).setParameter("reps", reps).getResultStream()
                    .forEach(r -> days.computeIfAbsent((String) r[0], rep -> new TreeMap<>())
                            .put((LocalDate) r[1], new SalesBook.Day((BigDecimal) r[2], (BigDecimal) r[3], ((Number) r[4]).longValue())));
        }
        return new SalesBook(days);
    }

    /** Each rep's credited sales and orders of all time; a rep without any is absent. */
    Map<String, SalesBook.Day> lifetime(Collection<String> reps) {
        if (reps.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT c.salesPerson, SUM(c.amount), SUM(c.paidAmount), COUNT(c) FROM SalesCredit c"
                        + " WHERE c.reversedAt IS NULL AND c.salesPerson IN :reps GROUP BY c.salesPerson", Object[].class)
                .setParameter("reps", reps).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0],
                        r -> new SalesBook.Day((BigDecimal) r[1], (BigDecimal) r[2], ((Number) r[3]).longValue())));
    }

    /** Per customer of the rep's: credited sales since {@code since} and the date of its latest credited order. */
    Map<String, Object[]> byCustomer(String rep, LocalDate since) {
        return em.createQuery("SELECT c.customer, SUM(CASE WHEN c.transactionDate >= :since THEN c.amount ELSE 0 END),"
                        + " MAX(c.transactionDate) FROM SalesCredit c WHERE c.reversedAt IS NULL AND c.salesPerson = :rep"
                        + " GROUP BY c.customer", Object[].class)
                .setParameter("since", since).setParameter("rep", rep).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> new Object[] {r[1], r[2]}));
    }

    boolean hasCredits(String rep) {
        return !em.createQuery("SELECT c.salesOrder FROM SalesCredit c WHERE c.salesPerson = :rep", String.class)
                .setParameter("rep", rep).setMaxResults(1).getResultList().isEmpty();
    }
}
