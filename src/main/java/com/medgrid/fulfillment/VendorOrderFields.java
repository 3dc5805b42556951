package com.medgrid.fulfillment;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.ListQuery;
import com.medgrid.platform.api.ListQueryEngine;
import com.medgrid.platform.api.QueryParameters;
import com.medgrid.selling.SalesOrderVendorFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Sales Order's vendor fields, as each vendor describes them, filled from the vendor's orders.
 * An order whose dispatch became several vendor orders (two ShipStation accounts, an e-script and
 * an OTC order) shows all their ids, and the latest news of them for everything else;
 * {@code aggregate_shipments} lists each.
 */
@ApplicationScoped
public class VendorOrderFields implements SalesOrderVendorFields {

    /** A vendor's field and the vendor it belongs to. */
    private record Owned(String vendor, OrderField field) {
    }

    @Inject
    Vendors vendors;
    @Inject
    VendorOrders vendorOrders;
    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    private Map<String, Owned> byName() {
        Map<String, Owned> fields = new LinkedHashMap<>();
        vendors.all().forEach(v -> v.orderFields().forEach(f -> fields.put(f.name(), new Owned(v.key(), f))));
        return fields;
    }

    @Override
    public List<DocTypeMeta.FieldMeta> fields() {
        return byName().values().stream().map(o -> DocTypeMeta.FieldMeta.derived(o.field().name(),
                o.field().source() == OrderField.Source.SYNC_DATE ? Instant.class : String.class)).toList();
    }

    @Override
    public void fill(List<Map<String, Object>> rows) {
        Map<String, Owned> fields = byName();
        List<String> names = rows.stream().map(row -> (String) row.get("name")).filter(Objects::nonNull).toList();
        Map<String, Map<String, List<VendorOrder>>> placed = new HashMap<>();
        vendorOrders.ofOrders(names).forEach(v -> placed.computeIfAbsent(v.getSalesOrder(), o -> new HashMap<>())
                .computeIfAbsent(v.getVendor(), k -> new ArrayList<>()).add(v));
        for (Map<String, Object> row : rows) {
            Map<String, List<VendorOrder>> ofOrder = placed.getOrDefault((String) row.get("name"), Map.of());
            fields.forEach((name, owned) -> row.put(name, shown(owned.field(), ofOrder.getOrDefault(owned.vendor(), List.of()))));
        }
    }

    /**
     * One vendor order's fact; of several (in the order they were placed), the ids joined and
     * otherwise the latest news: the fact of the order the vendor reported on last.
     */
    private static Object shown(OrderField field, List<VendorOrder> orders) {
        if (field.source() == OrderField.Source.VENDOR_ORDER_ID || field.source() == OrderField.Source.REFERENCE) {
            List<String> ids = orders.stream().map(o -> o.fact(field)).filter(Objects::nonNull).map(Object::toString).distinct().toList();
            return ids.isEmpty() ? null : String.join(", ", ids);
        }
        return orders.stream().filter(o -> o.fact(field) != null).max(Comparator.comparing(VendorOrder::getSyncedAt))
                .map(o -> o.fact(field)).orElse(null);
    }

    /**
     * Orders with a vendor order whose fact meets the condition; for a negative condition
     * ({@code !=}, {@code not like}, {@code not in}, {@code is not set}), orders with none that meets its positive.
     */
    @Override
    public Predicate predicate(CriteriaBuilder cb, AbstractQuery<?> query, Root<?> root, QueryParameters params,
                               ListQuery.Condition condition) {
        Owned owned = byName().get(condition.field().fieldname());
        String attribute = switch (owned.field().source()) {
            case VENDOR_ORDER_ID -> "vendorOrderId";
            case REFERENCE -> "reference";
            case STATUS -> "status";
            case TRACKING_NUMBER -> "trackingNumber";
            case CARRIER -> "carrier";
            case TRACKING_URL -> "trackingUrl";
            case LABEL_URL -> "labelUrl";
            case SYNC_DATE -> "syncedAt";
            case DETAIL -> throw ApiException.validation("Cannot filter on " + owned.field().name()
                    + ": it is a detail of the vendor's orders. Filter on the vendor's status or ids instead.");
        };
        boolean negative = switch (condition.operator()) {
            case NE, NOT_LIKE, NOT_IN -> true;
            case IS -> !(Boolean) condition.operand();
            default -> false;
        };
        ListQuery.Condition positive = negative ? new ListQuery.Condition(condition.field(), switch (condition.operator()) {
            case NE -> ListQuery.Operator.EQ;
            case NOT_LIKE -> ListQuery.Operator.LIKE;
            case NOT_IN -> ListQuery.Operator.IN;
            default -> ListQuery.Operator.IS;
        }, condition.operator() == ListQuery.Operator.IS ? Boolean.TRUE : condition.operand()) : condition;
        Subquery<String> matching = query.subquery(String.class);
        Root<VendorOrder> order = matching.from(VendorOrder.class);
        matching.select(order.get("salesOrder")).where(cb.equal(order.get("vendor"), params.of(String.class, owned.vendor())),
                ListQueryEngine.predicate(cb, order.get(attribute), params, positive));
        Predicate in = root.get("name").in(matching);
        return negative ? cb.not(in) : in;
    }

    @Override
    public Map<String, Set<String>> fieldsByRoute() {
        Map<String, Set<String>> byRoute = new LinkedHashMap<>();
        byName().values().forEach(o -> byRoute.computeIfAbsent(o.vendor(), v -> new LinkedHashSet<>()).add(o.field().name()));
        return byRoute;
    }

    @Override
    public Map<String, Set<String>> routesOfSuppliers(Collection<String> orders, Collection<String> suppliers) {
        if (orders.isEmpty() || suppliers.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<String>> routes = new HashMap<>();
        em.createQuery("SELECT DISTINCT d.salesOrder, d.vendor FROM Dispatch d JOIN d.lines l"
                        + " WHERE d.salesOrder IN :orders AND l.supplier IN :suppliers", Object[].class)
                .setParameter("orders", orders).setParameter("suppliers", suppliers).getResultStream()
                .forEach(row -> routes.computeIfAbsent((String) row[0], o -> new TreeSet<>()).add((String) row[1]));
        return routes;
    }
}
