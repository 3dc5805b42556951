package com.medgrid.fulfillment;

/** CDI event: a vendor reported news (status, tracking) about its share of an order. */
public record VendorStatusChanged(String dispatch, String salesOrder, String vendor, String vendorStatus, String trackingNumber,
                                  String carrier) {
}
