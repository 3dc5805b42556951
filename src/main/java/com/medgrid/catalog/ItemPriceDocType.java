package com.medgrid.catalog;

import com.medgrid.platform.api.AdminManagedDocType;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocTypeScopes;
import com.medgrid.platform.security.Scopes;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** {@code /api/resource/Item Price}: one rate per item and price list; read by all, managed by admins. */
@ApplicationScoped
@DocTypeScopes(read = Scopes.CATALOG_READ)
public class ItemPriceDocType extends AdminManagedDocType<ItemPrice> {

    static final DocTypeMeta META = DocTypeMeta.of("Item Price", ItemPrice.class);

    @Override
    protected DocTypeMeta meta() {
        return META;
    }

    @Override
    protected Set<String> writableFields() {
        return Set.of("item_code", "price_list", "price_list_rate");
    }

    @Override
    protected ItemPrice newEntity(ApiArgs body) {
        return new ItemPrice(body.requireString("item_code"), body.requireString("price_list"));
    }

    /** The currency always follows the price list's. */
    @Override
    protected void validate(ItemPrice price) {
        store.requireLink("Item", Item.class, price.getItemCode());
        store.requireLink("Price List", PriceList.class, price.getPriceList());
        PriceList list = store.find(PriceListDocType.META, price.getPriceList());
        price.setCurrency(list.getCurrency());
    }
}
