package com.medgrid.marketplace;

import com.medgrid.platform.api.AdminManagedDocType;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.RowScope;
import com.medgrid.platform.security.CurrentUser;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/resource/Vendor Profile}: admins create vendors; marketplace officers read them all; a
 * vendor reads its own profiles. A profile's status then changes only through {@link VendorOnboardingMethods},
 * which enable its user, release its waiting lines and audit the decision.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER, Roles.VENDOR})
public class VendorProfileDocType extends AdminManagedDocType<VendorProfile> {

    static final DocTypeMeta META = DocTypeMeta.of("Vendor Profile", VendorProfile.class);

    @Inject
    CurrentUser user;

    @Override
    protected DocTypeMeta meta() {
        return META;
    }

    private static final Set<String> CREATABLE = Set.of("vendor_name", "vendor_user", "email", "country", "profile_url", "status");

    @Override
    protected Set<String> writableFields() {
        return Set.of("vendor_name", "vendor_user", "email", "country", "profile_url");
    }

    /** A new profile may start in any status (an admin adding a vendor it already knows). */
    @Override
    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
    public Map<String, Object> create(ApiArgs body) {
        return document(store.insert(META, newEntity(body), body, CREATABLE, this::validate));
    }

    /**
     * A changed status is refused rather than ignored, so that an admin learns which review to use; the
     * unchanged one a client sends back with the whole document passes.
     */
    @Override
    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
    public Map<String, Object> update(String name, ApiArgs body) {
        VendorProfile profile = visibleEntity(name);
        if (body.has("status") && !body.string("status").equals(Optional.of(profile.getStatus()))) {
            throw ApiException.validation("status of Vendor Profile " + name + " changes only through medgrid.api.approve_vendor,"
                    + " medgrid.api.reject_vendor or medgrid.api.suspend_vendor.");
        }
        return super.update(name, body);
    }

    @Override
    protected VendorProfile newEntity(ApiArgs body) {
        return new VendorProfile(body.requireString("vendor_name"));
    }

    @Override
    protected void validate(VendorProfile profile) {
        store.requireLink("User", User.class, profile.getVendorUser());
    }

    @Override
    protected RowScope scope() {
        if (seesAll()) {
            return RowScope.ALL;
        }
        String me = user.name();
        return (cb, query, root, params) -> cb.equal(root.get("vendorUser"), params.of(String.class, me));
    }

    @Override
    protected boolean visible(VendorProfile profile) {
        return seesAll() || user.name().equals(profile.getVendorUser());
    }

    private boolean seesAll() {
        return user.isMarketplaceStaff();
    }
}
