package com.medgrid.platform.audit;

import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.ReadOnlyDocType;
import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code /api/resource/Audit Log}: who did what to which document and when, read by admins; nobody writes it through the API. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
public class AuditLogDocType extends ReadOnlyDocType<AuditLogEntry> {

    static final DocTypeMeta META = DocTypeMeta.of("Audit Log", AuditLogEntry.class);

    @Override
    protected DocTypeMeta meta() {
        return META;
    }
}
