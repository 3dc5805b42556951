package com.medgrid.fulfillment;

/** The vendor's answer to a dispatch: its own order id and, if it says one, its status. */
public record VendorReceipt(String vendorOrderId, String vendorStatus) {
}
