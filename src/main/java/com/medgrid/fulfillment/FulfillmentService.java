package com.medgrid.fulfillment;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.security.CurrentUser;
import com.medgrid.selling.OrderAccess;
import com.medgrid.selling.SalesOrder;
import com.medgrid.selling.SalesOrderItem;
import com.medgrid.selling.SalesOrderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What callers ask of fulfilment: an order's shipments, a vendor's share of an order, and an admin's retry of a failed dispatch. */
@ApplicationScoped
@Transactional
public class FulfillmentService {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    SalesOrderService orders;
    @Inject
    OrderAccess access;
    @Inject
    CurrentUser user;
    @Inject
    DispatchEvents events;
    @Inject
    VendorOrders vendorOrders;
    @Inject
    Vendors vendors;

    /**
     * One row per vendor order (and per dispatch the vendor has not taken yet), with status and
     * tracking; 404 for an order the caller may not see. A vendor sees only the shipments of
     * dispatches that carry its own lines.
     */
    public List<Map<String, Object>> shipments(String salesOrder) {
        return shipments(List.of(orders.visible(salesOrder, LockModeType.NONE))).get(salesOrder);
    }

    /** {@link #shipments(String)} of many orders with a query or two in all; orders the caller may not see are absent. */
    public Map<String, List<Map<String, Object>>> shipments(Collection<String> salesOrders) {
        if (salesOrders.isEmpty()) {
            return Map.of();
        }
        return shipments(em.createQuery("SELECT o FROM SalesOrder o WHERE o.name IN :names", SalesOrder.class)
                .setParameter("names", salesOrders).getResultStream().filter(access::canSee).toList());
    }

    private Map<String, List<Map<String, Object>>> shipments(List<SalesOrder> visible) {
        Map<String, Set<String>> visibleLines = new HashMap<>();
        visible.forEach(order -> visibleLines.put(order.getName(),
                access.visibleLines(order).stream().map(SalesOrderItem::getName).collect(Collectors.toSet())));
        Map<String, List<VendorOrder>> byDispatch = vendorOrders.ofOrders(visibleLines.keySet()).stream()
                .collect(Collectors.groupingBy(VendorOrder::getDispatch, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        visible.forEach(order -> rows.put(order.getName(), new ArrayList<>()));
        for (Dispatch dispatch : em.createNamedQuery(Dispatch.OF_ORDERS, Dispatch.class).setParameter("orders", visibleLines.keySet())
                .getResultList()) {
            Set<String> seen = visibleLines.get(dispatch.getSalesOrder());
            List<String> lines = dispatch.getLines().stream().map(DispatchLine::getSalesOrderItem).filter(seen::contains).toList();
            if (lines.isEmpty()) {
                continue;
            }
            List<Map<String, Object>> ofOrder = rows.get(dispatch.getSalesOrder());
            List<VendorOrder> placed = byDispatch.getOrDefault(dispatch.getName(), List.of());
            if (placed.isEmpty()) {
                ofOrder.add(shipment(dispatch.getVendor(), dispatch.getStatus(), null, null, null, lines));
            }
            placed.forEach(v -> ofOrder.add(shipment(v.getVendor(), v.getStatus() != null ? v.getStatus() : dispatch.getStatus(),
                    v.getTrackingNumber(), v.getCarrier(), v.getTrackingUrl(), lines)));
        }
        return rows;
    }

    /** @param lines the names of the order's lines (Sales Order Item) this shipment carries that the caller sees */
    private Map<String, Object> shipment(String vendor, String status, String trackingNumber, String carrier, String trackingUrl,
                                         List<String> lines) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("vendor", vendor);
        row.put("vendor_label", vendors.label(vendor));
        row.put("status", status);
        row.put("tracking_number", trackingNumber);
        row.put("carrier", carrier);
        row.put("tracking_url", trackingUrl);
        row.put("lines", lines);
        return row;
    }

    /** A dispatch as a vendor's own APIs report it: its state and the vendor orders it became. */
    public record DispatchState(String name, String salesOrder, String status, String lastError, List<VendorOrderRef> orders) {
    }

    /** The order's dispatch to this vendor, if it has one, for a caller who may see the order. */
    public Optional<DispatchState> dispatchOf(String salesOrder, String vendor) {
        orders.visible(salesOrder, LockModeType.NONE);
        return Optional.ofNullable(em.find(Dispatch.class, salesOrder + "-" + vendor))
                .map(d -> new DispatchState(d.getName(), d.getSalesOrder(), d.getStatus(), d.getLastError(),
                        vendorOrders.ofDispatch(d.getName()).stream().map(VendorOrder::ref).toList()));
    }

    /** Re-queues a failed dispatch with a fresh give-up window; 417 for any other state. */
    public Dispatch retry(String name) {
        Dispatch dispatch = em.find(Dispatch.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (dispatch == null) {
            throw ApiException.notFound("Fulfillment Dispatch " + name + " not found.");
        }
        if (!Dispatch.FAILED.equals(dispatch.getStatus())) {
            throw ApiException.validation("Fulfillment Dispatch " + name + " is " + dispatch.getStatus()
                    + ": only failed dispatches can be retried.");
        }
        Instant now = Instant.now();
        dispatch.requeue(now);
        dispatch.modified(user.name(), now);
        events.changed(dispatch, Dispatch.FAILED);
        return dispatch;
    }
}
