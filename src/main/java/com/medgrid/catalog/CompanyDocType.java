package com.medgrid.catalog;

import com.medgrid.platform.api.AdminManagedDocType;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocTypeScopes;
import com.medgrid.platform.security.Scopes;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** {@code /api/resource/Company}: read by any signed-in user, managed by admins. */
@ApplicationScoped
@DocTypeScopes(read = Scopes.CATALOG_READ)
public class CompanyDocType extends AdminManagedDocType<Company> {

    static final DocTypeMeta META = DocTypeMeta.of("Company", Company.class);

    @Override
    protected DocTypeMeta meta() {
        return META;
    }

    @Override
    protected Set<String> writableFields() {
        return Set.of("company_name", "abbr", "default_currency");
    }

    @Override
    protected Company newEntity(ApiArgs body) {
        return new Company(body.string("company_name").or(() -> body.string("name")).orElse(null));
    }
}
