package com.medgrid.marketplace;

import com.medgrid.platform.api.RowScope;
import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.Expression;

import java.util.List;

/**
 * Whose Stock Update Requests the caller may make and see: marketplace staff any; a vendor those of
 * the approved Vendor Profiles it acts for, so that a suspended vendor no longer sees or asks anything.
 */
@ApplicationScoped
public class StockUpdateAccess {

    @Inject
    CurrentUser user;
    @Inject
    VendorDirectory vendors;

    boolean seesAll() {
        return user.isMarketplaceStaff();
    }

    /** Whether the caller may ask to change the stock of an item sold by {@code vendor} (null: MedGrid's own). */
    boolean mayRequestFor(String vendor) {
        return seesAll() || vendor != null && vendors.callerVendors().contains(vendor);
    }

    /** The rows the caller may list; {@link #visible} agrees with it. */
    RowScope scope() {
        if (seesAll()) {
            return RowScope.ALL;
        }
        List<String> mine = vendors.callerVendors();
        return (cb, query, root, params) -> mine.isEmpty() ? cb.disjunction()
                : root.get("vendor").in(mine.stream().map(v -> params.of(String.class, v)).toArray(Expression[]::new));
    }

    boolean visible(StockUpdateRequest request) {
        return mayRequestFor(request.getVendor());
    }
}
