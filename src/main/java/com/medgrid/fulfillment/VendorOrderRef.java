package com.medgrid.fulfillment;

/**
 * A vendor's order as connectors see it: which dispatch and connection placed it, the vendor's id
 * for it and what MedGrid sent as its reference.
 */
public record VendorOrderRef(String name, String dispatch, String salesOrder, String vendor, String connection,
                             String vendorOrderId, String reference) {
}
