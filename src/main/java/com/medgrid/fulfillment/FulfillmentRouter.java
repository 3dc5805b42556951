package com.medgrid.fulfillment;

import com.medgrid.catalog.ItemMappings;
import com.medgrid.platform.api.ApiException;
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
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Routes a submitted order: every line goes to the vendor of the first matching routing rule
 * (MedGrid's own shipping when none matches), and each vendor's share becomes one dispatch in
 * the outbox. Runs inside the submitting transaction, so the order and its dispatches commit or
 * roll back together. A prescription line of an order without a prescriber may only go to a rule
 * for such orders (a clinician's review); otherwise the order is refused, naming the items.
 * The lines a review releases are routed again the same way, now with a prescriber.
 */
@ApplicationScoped
public class FulfillmentRouter {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    ItemMappings items;

    void route(@Observes SalesOrderSubmitted order) {
        List<DispatchRequest.Line> lines = order.lines().stream()
                .map(l -> new DispatchRequest.Line(l.name(), l.itemCode(), l.itemName(), l.qty(), l.rate(), l.warehouse(), l.vendor()))
                .toList();
        em.flush(); // the order row first: dispatches refer to it by a plain column EclipseLink does not order by
        persist(order.salesOrder(), lines, order.prescribed(), order.submittedBy(), vendor -> order.salesOrder() + "-" + vendor);
    }

    /**
     * Routes lines of a submitted order again (a review released them; the order has a prescriber
     * now) into new dispatches, named apart from the order's earlier dispatches to the same vendor.
     */
    List<Dispatch> reroute(String salesOrder, List<DispatchRequest.Line> lines, String actor) {
        return persist(salesOrder, lines, true, actor, vendor -> freeName(salesOrder, vendor));
    }

    /** @param nameOf the dispatch name for a vendor: a submitted order has none yet, released lines look for a free one */
    private List<Dispatch> persist(String salesOrder, List<DispatchRequest.Line> lines, boolean prescribed, String actor,
                                   UnaryOperator<String> nameOf) {
        List<RoutingRule> rules = em.createNamedQuery(RoutingRule.ENABLED, RoutingRule.class).getResultList();
        Set<String> ruleFields = rules.stream().map(RoutingRule::getItemField).filter(Objects::nonNull).collect(Collectors.toSet());
        Instant now = Instant.now();
        Map<String, Dispatch> dispatches = new LinkedHashMap<>();
        Set<String> needPrescriber = new TreeSet<>();
        for (DispatchRequest.Line line : lines) {
            ItemMappings.ItemMapping item = items.of(line.itemCode(), ruleFields)
                    .orElseThrow(() -> new IllegalStateException("Submitted line of unknown item " + line.itemCode()));
            RoutingRule rule = ruleFor(item, line.warehouse(), rules, prescribed);
            if (item.requiresPrescription() && !prescribed && (rule == null || !rule.reviewsPrescriptions())) {
                needPrescriber.add(line.itemCode());
            }
            String vendor = rule == null ? Vendors.MANUAL.key() : rule.getVendor();
            dispatches.computeIfAbsent(vendor, v -> new Dispatch(nameOf.apply(v), salesOrder, v, now)).addLine(line);
        }
        if (!needPrescriber.isEmpty()) {
            throw ApiException.validation("prescriber_npi is required: " + String.join(", ", needPrescriber)
                    + " need" + (needPrescriber.size() == 1 ? "s" : "") + " a prescription.");
        }
        for (Dispatch dispatch : dispatches.values()) {
            dispatch.created(actor, now);
            em.persist(dispatch);
        }
        return List.copyOf(dispatches.values());
    }

    /** The first rule the line meets (a rule may name a vendor whose package is not deployed yet: its dispatch waits); null for none. */
    private static RoutingRule ruleFor(ItemMappings.ItemMapping item, String warehouse, List<RoutingRule> rules, boolean prescribed) {
        return rules.stream().filter(rule -> rule.matches(item.requiresPrescription(), item.fields(), warehouse, prescribed))
                .findFirst().orElse(null);
    }

    /** {@code <order>-<vendor>}, or with a running number when the order has such a dispatch already. */
    private String freeName(String salesOrder, String vendor) {
        String name = salesOrder + "-" + vendor;
        for (int n = 2; em.find(Dispatch.class, name) != null; n++) {
            name = salesOrder + "-" + vendor + "-" + n;
        }
        return name;
    }
}
