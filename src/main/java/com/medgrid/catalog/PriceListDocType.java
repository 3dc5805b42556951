package com.medgrid.catalog;

import com.medgrid.platform.api.AdminManagedDocType;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocTypeScopes;
import com.medgrid.platform.security.Scopes;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** {@code /api/resource/Price List}: read by any signed-in user, managed by admins. */
@ApplicationScoped
@DocTypeScopes(read = Scopes.CATALOG_READ)
public class PriceListDocType extends AdminManagedDocType<PriceList> {

    static final DocTypeMeta META = DocTypeMeta.of("Price List", PriceList.class);

    @Override
    protected DocTypeMeta meta() {
        return META;
    }

    @Override
    protected Set<String> writableFields() {
        return Set.of("price_list_name", "currency", "selling", "enabled");
    }

    @Override
    protected PriceList newEntity(ApiArgs body) {
        return new PriceList(body.requireString("price_list_name"));
    }
}
