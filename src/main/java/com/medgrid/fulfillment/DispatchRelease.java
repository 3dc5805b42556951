package com.medgrid.fulfillment;

import com.medgrid.selling.SalesOrderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

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

    /** @return whether the dispatch was released now (false: it was already, or it is no longer live) */
    public boolean release(String dispatchName, String prescriberNpi) {
        Dispatch dispatch = DispatchLocks.dispatch(em, dispatchName);
        if (!Dispatch.SENT.equals(dispatch.getStatus())) {
            return false; // released before, or the order was cancelled meanwhile
        }
        orders.recordPrescriber(dispatch.getSalesOrder(), prescriberNpi);
        router.reroute(dispatch.getSalesOrder(), dispatch.getLines().stream().map(DispatchLine::toRequest).toList(), ACTOR);
        dispatch.released();
        events.changed(dispatch, Dispatch.SENT);
        return true;
    }
}
