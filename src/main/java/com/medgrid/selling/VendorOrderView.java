package com.medgrid.selling;

import com.medgrid.marketplace.VendorDirectory;
import com.medgrid.platform.api.FieldValues;
import com.medgrid.platform.api.ListQuery;
import com.medgrid.platform.api.ReadPolicy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A vendor's view of the orders it has lines in (and does not see whole, see {@link OrderAccess}):
 * {@code grand_total} and {@code total_qty} of its own lines, the field groups of the fulfilment
 * routes its lines went to, and nothing of the rest: not the other vendors' status and tracking,
 * not the order-wide fulfilment status. Documents and list rows alike; those fields cannot be
 * filtered or sorted on by a vendor, as they mean something else for each caller.
 */
@RequestScoped
public class VendorOrderView implements ReadPolicy {

    private static final Set<String> ORDER_WIDE = Set.of("grand_total", "total_qty", "fulfillment_status",
            "advance_paid", "per_billed", "billing_status");

    @Inject
    OrderAccess access;
    @Inject
    VendorDirectory vendors;
    @Inject
    SalesOrderVendorFields routes;
    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    private boolean applies() {
        return !vendors.callerVendors().isEmpty() && !access.seesAllWhole();
    }

    private Set<String> hidden() {
        Set<String> hidden = new HashSet<>(ORDER_WIDE);
        routes.fieldsByRoute().values().forEach(hidden::addAll);
        return hidden;
    }

    @Override
    public boolean mayFilter(ListQuery.Condition condition) {
        return !applies() || !hidden().contains(condition.field().fieldname());
    }

    @Override
    public boolean maySort(String field) {
        return !applies() || !hidden().contains(field);
    }

    @Override
    public Set<String> needs() {
        return applies() ? Set.of("name", "customer", "owner") : Set.of();
    }

    @Override
    public void redact(List<Map<String, Object>> rows) {
        if (!applies()) {
            return;
        }
        List<Map<String, Object>> shared = rows.stream()
                .filter(row -> !access.seesWhole((String) row.get("customer"), (String) row.get("owner"))).toList();
        if (shared.isEmpty()) {
            return;
        }
        List<String> names = shared.stream().map(row -> (String) row.get("name")).toList();
        List<String> mine = vendors.callerVendors();
        Map<String, Object[]> totals = ownTotals(names, mine);
        Map<String, Set<String>> myRoutes = routes.routesOfSuppliers(names, mine);
        Map<String, Set<String>> fieldsByRoute = routes.fieldsByRoute();
        for (Map<String, Object> row : shared) {
            String name = (String) row.get("name");
            Object[] own = totals.getOrDefault(name, new Object[] {BigDecimal.ZERO, BigDecimal.ZERO});
            replace(row, "grand_total", own[0]);
            replace(row, "total_qty", own[1]);
            replace(row, "fulfillment_status", null);
            replace(row, "advance_paid", null);
            replace(row, "per_billed", null);
            replace(row, "billing_status", null);
            Set<String> visibleRoutes = myRoutes.getOrDefault(name, Set.of());
            fieldsByRoute.forEach((route, fields) -> {
                if (!visibleRoutes.contains(route)) {
                    fields.forEach(field -> replace(row, field, null));
                }
            });
        }
    }

    private static void replace(Map<String, Object> row, String field, Object value) {
        if (row.containsKey(field)) {
            row.put(field, value instanceof BigDecimal number ? FieldValues.plain(number) : value);
        }
    }

    /** Per order: the amount and quantity of the caller's own lines. */
    private Map<String, Object[]> ownTotals(List<String> orders, List<String> mine) {
        return em.createQuery("SELECT l.salesOrder.name, SUM(l.amount), SUM(l.qty) FROM SalesOrderItem l"
                        + " WHERE l.salesOrder.name IN :orders AND l.vendor IN :mine GROUP BY l.salesOrder.name", Object[].class)
                .setParameter("orders", orders).setParameter("mine", mine).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> new Object[] {r[1], r[2]}, (a, b) -> a, HashMap::new));
    }
}
