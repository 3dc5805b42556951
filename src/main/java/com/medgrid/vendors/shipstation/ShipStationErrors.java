package com.medgrid.vendors.shipstation;

import com.medgrid.fulfillment.VendorResponseErrors;

/** ShipStation's error answers; after a 429 it says in {@code X-Rate-Limit-Reset} how many seconds to wait. */
public class ShipStationErrors extends VendorResponseErrors {

    @Override
    public String vendor() {
        return ShipStation.DESCRIPTION.label();
    }

    @Override
    protected String refusedCredentials(int status) {
        return ShipStationCalls.INVALID_CREDENTIALS;
    }

    @Override
    protected String resetHeader() {
        return "X-Rate-Limit-Reset";
    }
}
