package com.medgrid.fulfillment;

import com.medgrid.selling.SalesOrder;
import com.medgrid.selling.SalesOrderStatusChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Keeps an order's dispatches in step with the order, in the same transaction: On Hold or Closed
 * holds what has not been sent, resuming or re-opening releases it, cancelling drops it.
 * Dispatches the vendor already has stay as they are.
 */
@ApplicationScoped
public class OrderDispatches {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    DispatchEvents events;

    void follow(@Observes SalesOrderStatusChanged change) {
        if (SalesOrder.DRAFT.equals(change.from())) {
            return; // just submitted: its dispatches were made for it a moment ago, in this transaction
        }
        Instant now = Instant.now();
        for (Dispatch dispatch : em.createNamedQuery(Dispatch.OF_ORDER, Dispatch.class)
                .setParameter("order", change.salesOrder())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            String from = dispatch.getStatus();
            switch (change.to()) {
                case SalesOrder.ON_HOLD, SalesOrder.CLOSED -> dispatch.hold();
                case SalesOrder.TO_DELIVER -> dispatch.resume(now);
                case SalesOrder.CANCELLED -> dispatch.cancel();
                default -> {
                }
            }
            events.changed(dispatch, from);
        }
    }
}
