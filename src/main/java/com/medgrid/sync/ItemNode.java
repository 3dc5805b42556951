package com.medgrid.sync;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** An item of the catalog as a sync client reads it; {@code rate} and {@code stock} are resolved for a whole page at once. */
@Type("Item")
public class ItemNode {

    static final List<String> FIELDS = List.of("item_name", "description", "stock_uom", "modified");

    private final String itemCode;
    private final String itemName;
    private final String description;
    private final String stockUom;
    private final String modified;
    private final ItemPage page;

    ItemNode(Map<String, Object> row, ItemPage page) {
        this.page = page;
        this.itemCode = (String) row.get("name");
        this.itemName = (String) row.get("item_name");
        this.description = (String) row.get("description");
        this.stockUom = (String) row.get("stock_uom");
        this.modified = (String) row.get("modified");
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getItemName() {
        return itemName;
    }

    public String getDescription() {
        return description;
    }

    public String getStockUom() {
        return stockUom;
    }

    @Description("Last change, YYYY-MM-DD HH:MM:SS UTC: what updatedSince compares with")
    public String getModified() {
        return modified;
    }

    @Description("Stock per warehouse that holds the item: what it can still promise")
    public List<StockLevel> getStock() throws GraphQLException {
        return page.stock(itemCode);
    }

    /** For {@link SyncApi#rate}: the item's rate in a price list, read for the whole page. */
    BigDecimal rate(String priceList) throws GraphQLException {
        return page.rate(itemCode, priceList);
    }
}
