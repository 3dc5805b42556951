package com.medgrid.fulfillment;

import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.selling.FulfillmentRoutes;
import com.medgrid.selling.SalesOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Selling's view of the routes: the vendors' field groups on the order, and the dispatches that carry a supplier's lines. */
@ApplicationScoped
public class DispatchRoutes implements FulfillmentRoutes {

    private static final Map<String, Set<String>> FIELDS_BY_ROUTE = fieldsByRoute();

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Override
    public Map<String, Set<String>> orderFieldsByRoute() {
        return FIELDS_BY_ROUTE;
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

    private static Map<String, Set<String>> fieldsByRoute() {
        Set<String> orderFields = DocTypeMeta.of("Sales Order", SalesOrder.class).fields().keySet();
        return Arrays.stream(FulfillmentVendor.values()).filter(v -> v.orderFieldPrefix().isPresent())
                .collect(Collectors.toUnmodifiableMap(FulfillmentVendor::key, v -> orderFields.stream()
                        .filter(field -> field.startsWith(v.orderFieldPrefix().get() + "_")).collect(Collectors.toUnmodifiableSet())));
    }
}
