package com.medgrid.sales;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.EntityDocType;
import com.medgrid.platform.naming.NamingSeries;
import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * {@code /api/resource/Lead}: sales managers (and admins) read the leads the contact form brought and
 * keep their status; they may enter one by hand too. Reps do not see them until a manager hands one on.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.SALES_MANAGER})
public class LeadDocType extends EntityDocType<Lead> {

    static final DocTypeMeta META = DocTypeMeta.of("Lead", Lead.class);

    @Inject
    NamingSeries naming;

    @Override
    protected DocTypeMeta meta() {
        return META;
    }

    @Override
    protected Set<String> writableFields() {
        return Set.of("lead_name", "email_id", "company_name", "phone", "message", "status", "source");
    }

    @Override
    protected Lead newEntity(ApiArgs body) {
        return new Lead(naming.next(Lead.SERIES));
    }
}
