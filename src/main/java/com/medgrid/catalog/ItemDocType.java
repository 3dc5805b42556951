package com.medgrid.catalog;

import com.medgrid.marketplace.VendorProfile;
import com.medgrid.platform.api.AdminManagedDocType;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocTypeScopes;
import com.medgrid.platform.security.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.stream.Collectors;

/** {@code /api/resource/Item}: the catalog, read by any signed-in user, managed by admins. */
@ApplicationScoped
@DocTypeScopes(read = Scopes.CATALOG_READ)
public class ItemDocType extends AdminManagedDocType<Item> {

    static final DocTypeMeta META = DocTypeMeta.of("Item", Item.class);

    @Inject
    StockService stock;

    /** Everything but the standard fields and the name is editable. */
    private static final Set<String> WRITABLE = META.fields().keySet().stream()
            .filter(f -> !Set.of("name", "item_code", "owner", "creation", "modified", "modified_by").contains(f))
            .collect(Collectors.toUnmodifiableSet());

    @Override
    protected DocTypeMeta meta() {
        return META;
    }

    @Override
    protected Set<String> writableFields() {
        return WRITABLE;
    }

    @Override
    protected void validate(Item item) {
        store.requireLink("Vendor Profile", VendorProfile.class, item.getDefaultSupplier());
        item.refreshSearchText();
        stock.itemDisabled(item.getName(), item.isDisabled());
    }

    @Override
    protected Item newEntity(ApiArgs body) {
        String code = body.requireString("item_code");
        if (code.length() > 140) {
            throw ApiException.validation("item_code must be at most 140 characters.");
        }
        return new Item(code);
    }
}
