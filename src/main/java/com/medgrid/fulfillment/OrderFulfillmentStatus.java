package com.medgrid.fulfillment;

import com.medgrid.selling.DeliveryNoteRecorded;
import com.medgrid.selling.SalesOrderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Keeps the order's {@code fulfillment_status} in step with its dispatches, in the transaction
 * that records the vendor's news; a Delivery Note that MedGrid staff record ships the order's
 * manual dispatch.
 */
@ApplicationScoped
public class OrderFulfillmentStatus {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    SalesOrderService orders;
    @Inject
    DispatchLedger ledger;

    void vendorNews(@Observes VendorStatusChanged change) {
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
