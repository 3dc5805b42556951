package com.medgrid.fulfillment;

/** CDI event: credentials for a vendor were accepted and saved; dispatches waiting for a connection can go now. */
public record VendorConnected(String vendor) {
}
