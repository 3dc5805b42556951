package com.medgrid.marketplace;

import com.medgrid.fulfillment.DispatchRequest;
import com.medgrid.fulfillment.VendorConnector;
import com.medgrid.fulfillment.VendorException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Every vendor connector, as the relay calls it: lines sold by a Vendor Profile that is not
 * Approved (suspended, say) are not sent. The connector's "no working connection" answer makes the
 * relay keep the dispatch Waiting with the reason, without counting an attempt, and look again
 * later, so it goes on by itself once the profile is approved again ({@link WaitingLinesRelease}
 * makes that at once). Decorating the port keeps the rule out of fulfillment and out of each vendor.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SupplierStandingCheck implements VendorConnector {

    @Inject
    @Delegate
    @Any
    VendorConnector connector;

    @Inject
    SupplierStanding standing;

    @Override
    public void dispatch(DispatchRequest request) {
        standing.waitReason(request.lines().stream().map(DispatchRequest.Line::supplier).toList()).ifPresent(reason -> {
            throw VendorException.notConfigured(reason);
        });
        connector.dispatch(request);
    }
}
