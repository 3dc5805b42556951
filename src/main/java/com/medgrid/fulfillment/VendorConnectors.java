package com.medgrid.fulfillment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Optional;

/** The connector beans deployed, by vendor. */
@ApplicationScoped
public class VendorConnectors {

    @Inject
    @Any
    Instance<VendorConnector> connectors;

    /** The vendor's connector, if one is deployed (the later vendors get theirs in time). */
    public Optional<VendorConnector> of(FulfillmentVendor vendor) {
        return connectors.stream().filter(c -> c.vendor() == vendor).findFirst();
    }
}
