package com.medgrid.catalog;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.DocTypeHandler;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocumentStore;
import com.medgrid.platform.api.ListQueryEngine;
import com.medgrid.platform.api.ListQueryParser;
import com.medgrid.platform.api.RowScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/** {@code /api/resource/Bin}: stock per item and warehouse, read-only for any signed-in user. */
@ApplicationScoped
public class BinDocType implements DocTypeHandler {

    static final DocTypeMeta META = DocTypeMeta.of("Bin", Bin.class);

    @Inject
    ListQueryEngine lists;
    @Inject
    DocumentStore store;

    @Override
    public String doctype() {
        return META.doctype();
    }

    @Override
    public List<Object> list(ApiArgs args) {
        return lists.list(META, ListQueryParser.parse(META, args), RowScope.ALL);
    }

    @Override
    public Map<String, Object> get(String name) {
        return META.render(store.find(META, name));
    }
}
