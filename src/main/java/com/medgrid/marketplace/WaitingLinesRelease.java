package com.medgrid.marketplace;

import com.medgrid.fulfillment.DispatchClaims;
import com.medgrid.fulfillment.DispatchRelay;
import com.medgrid.fulfillment.VendorDescription;
import com.medgrid.fulfillment.Vendors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Once a profile is approved (or reinstated) and that has committed, the Waiting dispatches go
 * again now rather than at their next recheck. Dispatches do not say which supplier they wait
 * for, so all Waiting ones are looked at; those still without a connection just wait again.
 */
@ApplicationScoped
public class WaitingLinesRelease {

    @Inject
    Vendors vendors;
    @Inject
    DispatchClaims claims;
    @Inject
    DispatchRelay relay;

    void afterApproval(@Observes(during = TransactionPhase.AFTER_SUCCESS) VendorProfileApproved approved) {
        int released = vendors.all().stream().map(VendorDescription::key).mapToInt(claims::releaseWaiting).sum();
        if (released > 0) {
            relay.sweepSoon();
        }
    }
}
