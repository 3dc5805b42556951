package com.medgrid.catalog;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.Page;
import com.medgrid.platform.api.RequiresScope;
import com.medgrid.platform.security.CurrentUser;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** {@code medgrid.catalog.*}: warehouses, items in stock and search, for any signed-in caller. */
@ApplicationScoped
public class CatalogMethods {

    @Inject
    WarehouseDirectory warehouses;
    @Inject
    CallerPriceList callerPriceList;
    @Inject
    StockService stock;
    @Inject
    PriceLookup prices;
    @Inject
    CatalogReadCache cache;
    @Inject
    CurrentUser user;

    @RequiresScope(Scopes.CATALOG_READ)
    @ApiMethod(value = "medgrid.catalog.list_warehouses", summary = "Active, non-group warehouses")
    public List<Map<String, Object>> listWarehouses() {
        return warehouses.active();
    }

    @RequiresScope(Scopes.CATALOG_READ)
    @ApiMethod(value = "medgrid.catalog.list_warehouses_ordered",
            summary = "Warehouses in the priority order of Medgrid Settings, then alphabetically")
    public List<Map<String, Object>> listWarehousesOrdered() {
        return warehouses.ordered();
    }

    @RequiresScope(Scopes.CATALOG_READ)
    @ApiMethod(value = "medgrid.catalog.items_in_warehouse",
            summary = "Items in stock in a warehouse with rate and available_qty (paged only when limit_page_length is given)")
    public List<Map<String, Object>> itemsInWarehouse(ApiArgs args) {
        String warehouse = args.requireString("warehouse");
        Page page = args.has("limit_page_length") || args.has("limit") ? Page.of(args) : null;
        return cache.get(new CatalogQueries.InWarehouse(warehouse, priceList(args), page));
    }

    @RequiresScope(Scopes.CATALOG_READ)
    @ApiMethod(value = "medgrid.catalog.search_items",
            summary = "Search in-stock items by name and description, in one warehouse or across all (paged)")
    public List<Map<String, Object>> searchItems(ApiArgs args) {
        String text = args.requireString("query");
        return cache.get(new CatalogQueries.Search(text, args.string("warehouse").orElse(null), priceList(args), Page.of(args)));
    }

    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
    @ApiMethod(value = "medgrid.catalog.set_stock", httpMethods = "POST",
            summary = "Stock count: set the actual quantity of an item in a warehouse ({item_code, warehouse, qty})")
    public Map<String, Object> setStock(ApiArgs args) {
        BigDecimal qty = args.decimal("qty").orElseThrow(() -> ApiException.validation("qty is required."));
        return stock.reconcile(args.requireString("item_code"), args.requireString("warehouse"), qty);
    }

    /** The requested price list, else the caller's customer's, else the platform default. */
    private String priceList(ApiArgs args) {
        return args.string("price_list")
                .or(() -> cache.defaultPriceList(user.name(), () -> callerPriceList.forCurrentCaller().or(prices::defaultSellingPriceList)))
                .orElse(null);
    }
}
