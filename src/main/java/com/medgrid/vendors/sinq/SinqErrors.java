package com.medgrid.vendors.sinq;

import com.medgrid.fulfillment.VendorResponseErrors;

/** SINQ's error answers: 401 means the {@code key} header (the connection's {@code sinq_api_key}) was refused. */
public class SinqErrors extends VendorResponseErrors {

    @Override
    public String vendor() {
        return Sinq.DESCRIPTION.label();
    }

    @Override
    protected String refusedCredentials(int status) {
        return "SINQ Ops refused the API key (HTTP " + status + "): check sinq_api_key.";
    }
}
