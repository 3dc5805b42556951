package com.medgrid.fulfillment;

import com.medgrid.platform.api.ApiException;
import com.medgrid.selling.DeliveryNoteRecorded;
import com.medgrid.selling.OrderShipping;
import com.medgrid.selling.SalesOrderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps the order in step with its vendors' orders, in the transaction that records the vendor's
 * news: its {@code fulfillment_status}, and a Delivery Note for each tracking number a vendor
 * reports ({@code lr_no}, {@code transporter} = carrier in capitals). A Delivery Note recorded by
 * MedGrid staff, or by the vendor whose lines they are, ships the order's manual dispatch.
 */
@ApplicationScoped
public class OrderFulfillmentStatus {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    SalesOrderService orders;
    @Inject
    VendorOrders vendorOrders;
    @Inject
    OrderShipping shipping;

    void vendorNews(@Observes VendorStatusChanged change) {
        if (change.trackingNumber() != null && !Vendors.MANUAL.key().equals(change.vendor())) {
            shipping.recordShipment(change.salesOrder(), change.trackingNumber(),
                    change.carrier() == null ? null : change.carrier().toUpperCase(Locale.ROOT));
        }
        orders.recordFulfillmentStatus(change.salesOrder(), FulfillmentProgress.of(statuses(change.salesOrder())));
    }

    /**
     * The status of each vendor order of the order's live dispatches; null for a live dispatch no vendor
     * has taken yet. Released dispatches do not count: their lines are counted where they went.
     */
    private List<String> statuses(String salesOrder) {
        Map<String, List<String>> byDispatch = vendorOrders.ofOrders(List.of(salesOrder)).stream()
                .collect(Collectors.groupingBy(VendorOrder::getDispatch, Collectors.mapping(VendorOrder::getStatus, Collectors.toList())));
        List<String> statuses = new ArrayList<>();
        em.createNamedQuery(Dispatch.OF_ORDER, Dispatch.class).setParameter("order", salesOrder).getResultStream()
                .filter(d -> !Dispatch.CANCELLED.equals(d.getStatus()) && !Dispatch.RELEASED.equals(d.getStatus()))
                .forEach(d -> statuses.addAll(byDispatch.getOrDefault(d.getName(), java.util.Collections.singletonList(null))));
        return statuses;
    }

    /**
     * A shipment of the lines no integration ships (the manual dispatch) was recorded: the Delivery Note
     * is the manual dispatch's vendor order. Staff may record it for any lines; a vendor only when every
     * line of that dispatch is its own (one note ships the whole dispatch) and it has not been shipped yet.
     */
    void deliveryNote(@Observes DeliveryNoteRecorded note) {
        Dispatch manual = em.find(Dispatch.class, note.salesOrder() + "-" + Vendors.MANUAL.key());
        if (note.byVendor()) {
            checkVendorShipsAll(manual, note);
        }
        if (manual != null) {
            VendorOrderRef shipped = vendorOrders.record(manual.getName(), new PlacedOrder(note.deliveryNote(), null, note.deliveryNote(),
                    note.salesOrder(), null, Map.of()));
            vendorOrders.update(shipped.name(), new VendorUpdate(FulfillmentProgress.SHIPPED, Instant.now(), note.lrNo(),
                    note.transporter(), null));
        }
    }

    private void checkVendorShipsAll(Dispatch manual, DeliveryNoteRecorded note) {
        if (manual == null || manual.getLines().stream().noneMatch(line -> note.shippedBy().contains(line.getSupplier()))) {
            throw ApiException.validation("Sales Order " + note.salesOrder() + " has no lines of yours that you ship yourself:"
                    + " lines routed to an integration are marked shipped through it.");
        }
        if (!Dispatch.MANUAL.equals(manual.getStatus())) {
            throw ApiException.validation("Sales Order " + note.salesOrder() + " is " + manual.getStatus() + ": nothing to ship.");
        }
        if (manual.getLines().stream().anyMatch(line -> !note.shippedBy().contains(line.getSupplier()))) {
            throw ApiException.validation("Sales Order " + note.salesOrder() + " ships your lines together with lines of others:"
                    + " a marketplace officer records that shipment.");
        }
        if (!vendorOrders.ofDispatch(manual.getName()).isEmpty()) {
            throw ApiException.validation("Sales Order " + note.salesOrder() + " is marked shipped already.");
        }
    }
}
