package com.medgrid.selling;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The lines of many orders at once, as the caller may see them ({@link OrderAccess}): for bulk reads without a query per order. */
@RequestScoped
public class OrderLines {

    @Inject
    OrderAccess access;
    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    public record Line(String itemCode, String itemName, BigDecimal qty, BigDecimal rate, BigDecimal amount, String warehouse,
                       String vendor) {
    }

    /** The visible lines of each of these orders the caller may see, in their order; others are absent. */
    public Map<String, List<Line>> of(Collection<String> orders) {
        Map<String, List<Line>> lines = new HashMap<>();
        if (orders.isEmpty()) {
            return lines;
        }
        em.createQuery("SELECT DISTINCT o FROM SalesOrder o LEFT JOIN FETCH o.items WHERE o.name IN :names", SalesOrder.class)
                .setParameter("names", orders).getResultStream().filter(access::canSee)
                .forEach(order -> lines.put(order.getName(), access.visibleLines(order).stream()
                        .map(l -> new Line(l.getItemCode(), l.getItemName(), l.getQty(), l.getRate(), l.getAmount(), l.getWarehouse(),
                                l.getVendor()))
                        .toList()));
        return lines;
    }
}
