package com.medgrid.selling;

import com.medgrid.marketplace.VendorDashboardSection;
import com.medgrid.platform.api.FieldValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a vendor sold month to date and in the last 30 days (today and the 29 days before, UTC): the
 * amount of its own lines on submitted orders (docstatus 1, so cancelled ones drop out) by
 * {@code transaction_date}, and how many such orders. One row per currency, since amounts in different
 * currencies do not add up; none when it sold nothing.
 */
@ApplicationScoped
public class VendorSalesTotals implements VendorDashboardSection {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Override
    public String key() {
        return "sales";
    }

    @Override
    public List<Map<String, Object>> forVendor(String vendorProfile) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return rows(totals(vendorProfile, today.withDayOfMonth(1), today), totals(vendorProfile, today.minusDays(29), today));
    }

    /** Per currency: [currency, amount, orders] of the vendor's lines on submitted orders dated in [from, to]. */
    private List<Object[]> totals(String vendor, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT o.currency, SUM(l.amount), COUNT(DISTINCT o.name) FROM SalesOrderItem l JOIN l.salesOrder o"
                        + " WHERE l.vendor = :vendor AND o.docstatus = 1 AND o.transactionDate BETWEEN :from AND :to"
                        + " GROUP BY o.currency", Object[].class)
                .setParameter("vendor", vendor).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** The two windows' totals side by side, per currency in currency order; a window without sales in it counts 0. */
    static List<Map<String, Object>> rows(List<Object[]> monthToDate, List<Object[]> last30Days) {
        Map<String, Map<String, Object>> byCurrency = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        monthToDate.forEach(r -> row(byCurrency, r).putAll(Map.of("mtd_total", plain(r[1]), "mtd_orders", count(r[2]))));
        last30Days.forEach(r -> row(byCurrency, r).putAll(Map.of("last_30_days_total", plain(r[1]), "last_30_days_orders", count(r[2]))));
        return List.copyOf(byCurrency.values());
    }

    private static Map<String, Object> row(Map<String, Map<String, Object>> byCurrency, Object[] totals) {
        return byCurrency.computeIfAbsent((String) totals[0], currency -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("currency", currency);
            row.put("mtd_total", BigDecimal.ZERO);
            row.put("last_30_days_total", BigDecimal.ZERO);
            row.put("mtd_orders", 0L);
            row.put("last_30_days_orders", 0L);
            return row;
        });
    }

    private static BigDecimal plain(Object amount) {
        return FieldValues.plain((BigDecimal) amount);
    }

    private static long count(Object orders) {
        return ((Number) orders).longValue();
    }
}
