package com.medgrid.fulfillment;

import com.medgrid.catalog.ItemMappings;
import com.medgrid.selling.SalesOrderSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Routes a submitted order: every line goes to the vendor of the first matching routing rule
 * (MedGrid's own shipping when none matches), and each vendor's share becomes one dispatch in
 * the outbox. Runs inside the submitting transaction, so the order and its dispatches commit or
 * roll back together.
 */
@ApplicationScoped
public class FulfillmentRouter {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    ItemMappings items;

    void route(@Observes SalesOrderSubmitted order) {
        List<RoutingRule> rules = em.createNamedQuery(RoutingRule.ENABLED, RoutingRule.class).getResultList();
        Instant now = Instant.now();
        Set<String> ruleFields = rules.stream().map(RoutingRule::getItemField).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Dispatch> dispatches = new LinkedHashMap<>();
        for (SalesOrderSubmitted.Line line : order.lines()) {
            String vendor = vendorFor(line, rules, ruleFields);
            dispatches.computeIfAbsent(vendor, v -> new Dispatch(order.salesOrder(), v, now))
                    .addLine(new DispatchRequest.Line(line.name(), line.itemCode(), line.itemName(), line.qty(), line.rate(),
                            line.warehouse(), line.vendor()));
        }
        em.flush(); // the order row first: dispatches refer to it by a plain column EclipseLink does not order by
        for (Dispatch dispatch : dispatches.values()) {
            dispatch.created(order.submittedBy(), now);
            em.persist(dispatch);
        }
    }

    /** The vendor of the first rule the line meets (a rule may name a vendor whose package is not deployed yet: its dispatch waits). */
    private String vendorFor(SalesOrderSubmitted.Line line, List<RoutingRule> rules, Set<String> ruleFields) {
        ItemMappings.ItemMapping item = items.of(line.itemCode(), ruleFields)
                .orElseThrow(() -> new IllegalStateException("Submitted line of unknown item " + line.itemCode()));
        return rules.stream()
                .filter(rule -> rule.matches(item.requiresPrescription(), item.fields(), line.warehouse()))
                .findFirst()
                .map(RoutingRule::getVendor)
                .orElse(Vendors.MANUAL.key());
    }
}
