package com.medgrid.marketplace;

/**
 * One part of a vendor's dashboard ({@code medgrid.api.get_vendor_dashboard_data}), implemented by the
 * capability that owns its data, so that marketplace depends on none of them. {@link VendorDashboard}
 * decides whose dashboard the caller may see; a section only reads that vendor's own data.
 */
public interface VendorDashboardSection {

    /** The section's key in the answer, snake_case. */
    String key();

    /**
     * The section for {@code vendorProfile}, a Vendor Profile the caller has been allowed to see: only
     * that vendor's own lines and items, as plain JSON values (maps, lists, text, numbers); lists bounded.
     */
    Object forVendor(String vendorProfile);
}
