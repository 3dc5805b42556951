package com.medgrid.marketplace;

import com.medgrid.platform.api.AdminManagedDocType;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.RowScope;
import com.medgrid.platform.security.CurrentUser;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * {@code /api/resource/Vendor Profile}: admins create, approve and suspend vendors; marketplace
 * officers read them all; a vendor reads its own profiles.
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

    @Override
    protected Set<String> writableFields() {
        return Set.of("vendor_name", "vendor_user", "email", "country", "profile_url", "status");
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
        return user.hasAnyRole(Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER);
    }
}
