package com.medgrid.vendors.perfectrx;

import com.medgrid.fulfillment.VendorResponseErrors;

/** PerfectRx's error answers; a 401 on an API call can also mean the token expired early ({@link PerfectRxCalls} renews it once). */
public class PerfectRxErrors extends VendorResponseErrors {

    @Override
    public String vendor() {
        return PerfectRx.DESCRIPTION.label();
    }

    @Override
    protected String refusedCredentials(int status) {
        return "PerfectRx rejected the client credentials (HTTP " + status + ").";
    }
}
