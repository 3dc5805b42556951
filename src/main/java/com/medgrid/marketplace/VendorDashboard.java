package com.medgrid.marketplace;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.security.CurrentUser;
import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code medgrid.api.get_vendor_dashboard_data}: what a vendor desk shows, for one Vendor Profile.
 * Whose dashboard the caller sees is decided here and only here; every {@link VendorDashboardSection}
 * is then handed that profile.
 */
@ApplicationScoped
public class VendorDashboard {

    @Inject
    @Any
    Instance<VendorDashboardSection> sections;
    @Inject
    VendorDirectory vendors;
    @Inject
    CurrentUser user;
    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @RolesAllowed({Roles.VENDOR, Roles.MARKETPLACE_OFFICER, Roles.MARKETPLACE_ADMIN, Roles.SYSTEM_MANAGER})
    @ApiMethod(value = "medgrid.api.get_vendor_dashboard_data", httpMethods = "GET",
            summary = "A vendor's sales totals, recent orders, low-stock SKUs, open stock requests and integration health"
                    + " ({vendor?}: required for marketplace staff; a vendor may name one of its own)")
    public Map<String, Object> get(ApiArgs args) {
        String vendor = vendorFor(args.string("vendor"), vendors.callerVendors(),
                user.isMarketplaceStaff(),
                name -> em.find(VendorProfile.class, name) != null);
        Map<String, Object> dashboard = new LinkedHashMap<>();
        dashboard.put("vendor", vendor);
        sections.stream().sorted(Comparator.comparing(VendorDashboardSection::key))
                .forEach(section -> dashboard.put(section.key(), section.forVendor(vendor)));
        return dashboard;
    }

    /**
     * The Vendor Profile whose dashboard the caller sees: one it acts for (named, or its only one), or for
     * marketplace staff any that exists. A vendor naming another's profile is refused without learning
     * whether it exists.
     *
     * @param mine  the caller's approved Vendor Profiles
     * @param staff whether the caller is marketplace staff
     */
    static String vendorFor(Optional<String> asked, List<String> mine, boolean staff, Predicate<String> exists) {
        if (asked.isPresent()) {
            String vendor = asked.get();
            if (mine.contains(vendor)) {
                return vendor;
            }
            if (!staff) {
                throw ApiException.permission("Not permitted: you do not act for Vendor Profile " + vendor + ".");
            }
            if (!exists.test(vendor)) {
                throw ApiException.notFound("Vendor Profile " + vendor + " not found.");
            }
            return vendor;
        }
        if (mine.size() == 1) {
            return mine.get(0);
        }
        if (mine.size() > 1) {
            throw ApiException.validation("vendor is required: you act for " + String.join(", ", mine) + ".");
        }
        if (staff) {
            throw ApiException.validation("vendor is required: the Vendor Profile whose dashboard to show.");
        }
        throw ApiException.permission("Not permitted: the vendor dashboard is for vendors with an approved Vendor Profile.");
    }
}
