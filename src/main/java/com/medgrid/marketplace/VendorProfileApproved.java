package com.medgrid.marketplace;

/** CDI event: a Vendor Profile became Approved (approved or reinstated); lines that waited for it can go. */
public record VendorProfileApproved(String vendorProfile) {
}
