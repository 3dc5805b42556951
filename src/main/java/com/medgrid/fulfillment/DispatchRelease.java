package com.medgrid.fulfillment;

import com.medgrid.selling.SalesOrder;
import com.medgrid.selling.SalesOrderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Hands a reviewed dispatch's lines on: a clinician approved the prescription lines of an order
 * placed without a prescriber, so the clinician becomes the order's prescriber and the lines are
 * routed again (to the pharmacy) as new dispatches; the reviewed one is Released. Runs in the
 * transaction that records the approval, and releasing a dispatch twice changes nothing.
 */
@ApplicationScoped
@Transactional
public class DispatchRelease {

    /** The new dispatches are the system's doing, as the relay's are. */
    private static final String ACTOR = "Administrator";

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    SalesOrderService orders;
    @Inject
    FulfillmentRouter router;
    @Inject
    DispatchEvents events;

    /**
     * @return whether the dispatch was released now (false: it was before, or its order is cancelled or
     *         closed, and nothing more goes out for it); lines of an order on hold wait in held dispatches
     */
    public boolean release(String dispatchName, String prescriberNpi) {
        Dispatch dispatch = DispatchLocks.dispatch(em, dispatchName);
        SalesOrder order = em.find(SalesOrder.class, dispatch.getSalesOrder());
        if (!Dispatch.SENT.equals(dispatch.getStatus()) || order.getDocstatus() != 1 || SalesOrder.CLOSED.equals(order.getStatus())) {
            return false;
        }
        orders.recordPrescriber(dispatch.getSalesOrder(), prescriberNpi);
        List<Dispatch> onward = router.reroute(dispatch.getSalesOrder(), dispatch.getLines().stream().map(DispatchLine::toRequest).toList(), ACTOR);
        if (SalesOrder.ON_HOLD.equals(order.getStatus())) {
            onward.forEach(Dispatch::hold);
        }
        dispatch.released();
        events.changed(dispatch, Dispatch.SENT);
        return true;
    }
}
