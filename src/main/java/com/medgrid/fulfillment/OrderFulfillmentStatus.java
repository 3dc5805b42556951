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
import java.util.Locale;

/**
 * Keeps the order in step with its dispatches, in the transaction that records the vendor's news:
 * its {@code fulfillment_status}, and a Delivery Note for each tracking number a vendor reports
 * ({@code lr_no}, {@code transporter} = carrier in capitals). A Delivery Note that MedGrid staff
 * record ships the order's manual dispatch.
 */
@ApplicationScoped
public class OrderFulfillmentStatus {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    SalesOrderService orders;
    @Inject
    DispatchLedger ledger;
    @Inject
    OrderShipping shipping;

    void vendorNews(@Observes VendorStatusChanged change) {
        if (change.trackingNumber() != null && !FulfillmentVendor.MANUAL.key().equals(change.vendor())) {
            shipping.recordShipment(change.salesOrder(), change.trackingNumber(),
                    change.carrier() == null ? null : change.carrier().toUpperCase(Locale.ROOT));
        }
        orders.recordFulfillmentStatus(change.salesOrder(), FulfillmentProgress.of(
                em.createNamedQuery(Dispatch.OF_ORDER, Dispatch.class).setParameter("order", change.salesOrder()).getResultStream()
                        .filter(d -> !Dispatch.CANCELLED.equals(d.getStatus()))
                        .map(Dispatch::getVendorStatus)
                        .toList()));
    }

    void deliveryNote(@Observes DeliveryNoteRecorded note) {
        ledger.progress(note.salesOrder(), FulfillmentVendor.MANUAL,
                new VendorUpdate(FulfillmentProgress.SHIPPED, Instant.now(), note.lrNo(), note.transporter(), null));
    }
}
