package com.medgrid.fulfillment;

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
 * reports ({@code lr_no}, {@code transporter} = carrier in capitals). A Delivery Note that MedGrid
 * staff record ships the order's manual dispatch.
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

    /** Staff shipped the lines MedGrid fulfils itself: the Delivery Note is the manual dispatch's vendor order. */
    void deliveryNote(@Observes DeliveryNoteRecorded note) {
        String dispatch = note.salesOrder() + "-" + Vendors.MANUAL.key();
        if (em.find(Dispatch.class, dispatch) != null) {
            VendorOrderRef shipped = vendorOrders.record(dispatch, new PlacedOrder(note.deliveryNote(), null, note.deliveryNote(),
                    note.salesOrder(), null, Map.of()));
            vendorOrders.update(shipped.name(), new VendorUpdate(FulfillmentProgress.SHIPPED, Instant.now(), note.lrNo(),
                    note.transporter(), null));
        }
    }
}
