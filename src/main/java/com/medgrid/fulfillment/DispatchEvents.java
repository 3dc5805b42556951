package com.medgrid.fulfillment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Announces changes of dispatches as CDI events, inside the transaction that makes them. */
@ApplicationScoped
public class DispatchEvents {

    @Inject
    Event<DispatchStatusChanged> event;
    @Inject
    Event<VendorStatusChanged> vendorEvent;

    /** The vendor's own status or tracking of a dispatch changed. */
    void progressed(Dispatch dispatch) {
        vendorEvent.fire(new VendorStatusChanged(dispatch.getName(), dispatch.getSalesOrder(), dispatch.getVendor(),
                dispatch.getVendorStatus(), dispatch.getTrackingNumber(), dispatch.getCarrier()));
    }

    void changed(Dispatch dispatch, String from) {
        if (!from.equals(dispatch.getStatus())) {
            event.fire(new DispatchStatusChanged(dispatch.getName(), dispatch.getSalesOrder(), dispatch.getVendor(), from,
                    dispatch.getStatus()));
        }
    }
}
