package com.medgrid.fulfillment;

/** CDI event: a vendor order was placed, or the vendor reported news (status, tracking) about it. */
public record VendorStatusChanged(String vendorOrder, String dispatch, String salesOrder, String vendor, String vendorStatus,
                                  String trackingNumber, String carrier) {
}
