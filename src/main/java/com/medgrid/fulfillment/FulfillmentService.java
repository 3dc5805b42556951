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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What callers ask of fulfilment: an order's shipments, and an admin's retry of a failed dispatch. */
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

    /**
     * One row per vendor the order went to, with that vendor's status and tracking; 404 for an
     * order the caller may not see. A vendor sees only the shipments of its own lines.
     */
    public List<Map<String, Object>> shipments(String salesOrder) {
        SalesOrder order = orders.visible(salesOrder, LockModeType.NONE);
        Set<String> visibleLines = access.visibleLines(order).stream().map(SalesOrderItem::getName).collect(Collectors.toSet());
        return em.createNamedQuery(Dispatch.OF_ORDER, Dispatch.class).setParameter("order", order.getName()).getResultStream()
                .filter(d -> d.getLines().stream().anyMatch(l -> visibleLines.contains(l.getSalesOrderItem())))
                .map(FulfillmentService::shipment)
                .toList();
    }

    private static Map<String, Object> shipment(Dispatch dispatch) {
        FulfillmentVendor vendor = FulfillmentVendor.byKey(dispatch.getVendor()).orElseThrow();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("vendor", vendor.key());
        row.put("vendor_label", vendor.label());
        row.put("status", dispatch.getVendorStatus() != null ? dispatch.getVendorStatus() : dispatch.getStatus());
        row.put("tracking_number", dispatch.getTrackingNumber());
        row.put("carrier", dispatch.getCarrier());
        row.put("tracking_url", dispatch.getTrackingUrl());
        return row;
    }

    /** Up to {@code max} of a vendor's sent dispatches without tracking yet (with lines of one supplier, unless null), oldest first. */
    public List<SentDispatch> awaitingTracking(FulfillmentVendor vendor, String supplier, int max) {
        var query = supplier == null
                ? em.createNamedQuery(Dispatch.AWAITING_TRACKING, Dispatch.class)
                : em.createNamedQuery(Dispatch.AWAITING_TRACKING_OF_SUPPLIER, Dispatch.class).setParameter("supplier", supplier);
        return query.setParameter("vendor", vendor.key()).setMaxResults(max).getResultStream()
                .map(FulfillmentService::sentDispatch).toList();
    }

    /** The order's dispatch to this vendor once the vendor has taken it (system use: no caller check). */
    public Optional<SentDispatch> sent(String salesOrder, FulfillmentVendor vendor) {
        return Optional.ofNullable(em.find(Dispatch.class, salesOrder + "-" + vendor.key()))
                .filter(d -> d.getVendorOrderId() != null)
                .map(FulfillmentService::sentDispatch);
    }

    private static SentDispatch sentDispatch(Dispatch d) {
        return new SentDispatch(d.getSalesOrder(), d.getVendorOrderId(), d.getLines().stream()
                .map(DispatchLine::getSupplier).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
    }

    /** A dispatch as the vendor's own APIs report it. */
    public record DispatchState(String name, String salesOrder, String status, String vendorOrderId, String vendorStatus,
                                String trackingNumber, String carrier, String trackingUrl, String lastError) {
    }

    /** The order's dispatch to this vendor, if it has one, for a caller who may see the order. */
    public Optional<DispatchState> dispatchOf(String salesOrder, FulfillmentVendor vendor) {
        orders.visible(salesOrder, LockModeType.NONE);
        return Optional.ofNullable(em.find(Dispatch.class, salesOrder + "-" + vendor.key()))
                .map(d -> new DispatchState(d.getName(), d.getSalesOrder(), d.getStatus(), d.getVendorOrderId(), d.getVendorStatus(),
                        d.getTrackingNumber(), d.getCarrier(), d.getTrackingUrl(), d.getLastError()));
    }

    /** The order whose dispatch to this vendor carries the vendor's reference (one of its comma-separated ids). */
    public Optional<String> orderOfVendorReference(FulfillmentVendor vendor, String reference) {
        return em.createNamedQuery(Dispatch.BY_VENDOR_REFERENCE, Dispatch.class).setParameter("vendor", vendor.key())
                .setParameter("pattern", "%" + reference + "%").getResultStream()
                .filter(d -> java.util.Arrays.asList(d.getVendorOrderId().split(",")).contains(reference))
                .map(Dispatch::getSalesOrder).findFirst();
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
