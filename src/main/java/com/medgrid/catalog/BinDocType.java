package com.medgrid.catalog;

import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocTypeScopes;
import com.medgrid.platform.api.ReadOnlyDocType;
import com.medgrid.platform.security.Scopes;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code /api/resource/Bin}: stock per item and warehouse, read-only for any signed-in user. */
@ApplicationScoped
@DocTypeScopes(read = Scopes.CATALOG_READ)
public class BinDocType extends ReadOnlyDocType<Bin> {

    static final DocTypeMeta META = DocTypeMeta.of("Bin", Bin.class);

    @Override
    protected DocTypeMeta meta() {
        return META;
    }
}
