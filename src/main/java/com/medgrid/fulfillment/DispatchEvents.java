package com.medgrid.fulfillment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Announces changes of dispatches and vendor orders as CDI events, inside the transaction that makes them. */
@ApplicationScoped
public class DispatchEvents {

    @Inject
    Event<DispatchStatusChanged> event;
    @Inject
    Event<VendorStatusChanged> vendorEvent;

    /** A vendor order was placed, or its status or tracking changed. */
    void progressed(VendorOrder order) {
        vendorEvent.fire(new VendorStatusChanged(order.getName(), order.getDispatch(), order.getSalesOrder(), order.getVendor(),
                order.getStatus(), order.getTrackingNumber(), order.getCarrier()));
    }

    void changed(Dispatch dispatch, String from) {
        if (!from.equals(dispatch.getStatus())) {
            event.fire(new DispatchStatusChanged(dispatch.getName(), dispatch.getSalesOrder(), dispatch.getVendor(), from,
                    dispatch.getStatus()));
        }
    }
}
