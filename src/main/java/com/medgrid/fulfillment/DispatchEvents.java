package com.medgrid.fulfillment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Announces a dispatch's move to another state ({@link DispatchStatusChanged}), inside the moving transaction. */
@ApplicationScoped
public class DispatchEvents {

    @Inject
    Event<DispatchStatusChanged> event;

    void changed(Dispatch dispatch, String from) {
        if (!from.equals(dispatch.getStatus())) {
            event.fire(new DispatchStatusChanged(dispatch.getName(), dispatch.getSalesOrder(), dispatch.getVendor(), from,
                    dispatch.getStatus()));
        }
    }
}
