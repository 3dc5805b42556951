package com.medgrid.fulfillment;

import com.medgrid.selling.SalesOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * The one order in which fulfilment takes row locks: the Sales Order first, then its dispatch, then
 * the dispatch's vendor orders. Recording a vendor's answer or news goes on to the order (its vendor
 * fields, its fulfilment status), and changing an order (cancel, hold) locks the order before its
 * dispatches, so every writer takes the locks in that order and none can deadlock another.
 */
final class DispatchLocks {

    private DispatchLocks() {
    }

    /** The dispatch, locked after its order. */
    static Dispatch dispatch(EntityManager em, String name) {
        String salesOrder = (String) em.createNativeQuery("SELECT sales_order FROM fulfillment_dispatches WHERE name = ?")
                .setParameter(1, name).getSingleResult();
        em.find(SalesOrder.class, salesOrder, LockModeType.PESSIMISTIC_WRITE);
        return em.find(Dispatch.class, name, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The vendor order, locked after its order (null when there is none). */
    static VendorOrder vendorOrder(EntityManager em, String name) {
        VendorOrder unlocked = em.find(VendorOrder.class, name);
        if (unlocked == null) {
            return null;
        }
        em.find(SalesOrder.class, unlocked.getSalesOrder(), LockModeType.PESSIMISTIC_WRITE);
        return em.find(VendorOrder.class, name, LockModeType.PESSIMISTIC_WRITE);
    }
}
