package com.medgrid.platform.audit;

import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.ReadOnlyDocType;
import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code /api/resource/Version}: the audit trail (price overrides on orders, for one), read by
 * admins and sales managers; nobody writes it through the API.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.SALES_MANAGER})
public class VersionDocType extends ReadOnlyDocType<Version> {

    static final DocTypeMeta META = DocTypeMeta.of("Version", Version.class);

    @Override
    protected DocTypeMeta meta() {
        return META;
    }
}
