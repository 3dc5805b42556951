package com.medgrid.vendors.perfectrx;

import com.medgrid.fulfillment.VendorResponseErrors;

/** The NPPES registry's error answers. */
public class NppesErrors extends VendorResponseErrors {

    @Override
    public String vendor() {
        return "The NPPES registry";
    }
}
