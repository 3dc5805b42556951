package com.medgrid.vendors.shopify;

import com.medgrid.catalog.ItemMappings;
import com.medgrid.catalog.StockService;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.ConnectionStore;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.api.FieldValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sync_inventory}: asks the Exoceuticals store, 100 inventory items at a time, what each
 * Item with an {@code exoceuticals_inventory_item_id} has available at {@code exoceuticals_location_id},
 * and mirrors it into the Exoceuticals warehouse's Bins through the stock service (so what submitted
 * orders reserve there stays reserved) and into {@code exoceuticals_qty}. An item Shopify does not
 * stock at the location has none available. Each Item is written in its own transaction, after the
 * call that read it.
 */
@ApplicationScoped
public class ExoceuticalsInventory {

    static final int CHUNK = 100;
    private static final String ACTOR = "Administrator";

    /** @param updated how many Items were mirrored */
    record Result(int updated, String warehouse) {
    }

    @Inject
    ShopifyCalls calls;
    @Inject
    ItemMappings items;
    @Inject
    StockService stock;
    @Inject
    ConnectionStore connections;
    @Inject
    @ConfigProperty(name = "medgrid.exoceuticals.warehouse", defaultValue = "Exoceuticals Warehouse - SM")
    String warehouse;

    /** Runs the sync with its counts on the connection while it runs ({@code syncing} in list_connections). */
    Result sync(Connection connection) {
        return connections.whileSyncing(connection.name(), () -> chunks(connection));
    }

    private Result chunks(Connection connection) {
        ShopifyShop shop = ShopifyShop.exoceuticals(connection.credentials());
        String location = Optional.ofNullable(connection.credentials().get(Exoceuticals.LOCATION_ID)).filter(l -> !l.isBlank())
                .orElseThrow(() -> VendorException.notConfigured("exoceuticals_location_id is not configured: MedGrid reads inventory at that location."));
        Map<String, String> byItem = items.withField(Exoceuticals.ITEMS.inventoryItemId());
        List<Map.Entry<String, String>> all = new ArrayList<>(byItem.entrySet());
        int updated = 0;
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Map.Entry<String, String>> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            Map<String, BigDecimal> available = levels(shop, location, chunk.stream().map(Map.Entry::getValue).toList());
            String now = String.valueOf(FieldValues.toWire(Instant.now()));
            for (Map.Entry<String, String> item : chunk) {
                BigDecimal qty = available.getOrDefault(item.getValue(), BigDecimal.ZERO);
                stock.mirror(item.getKey(), warehouse, qty, ACTOR);
                items.link(Map.of(item.getKey(), ApiJson.JSON.createObjectBuilder().add("exoceuticals_qty", qty)
                        .add("exoceuticals_last_synced", now).build()), null, ACTOR);
                updated++;
            }
            connections.syncProgress(connection.name(), Map.of("inventory_items", all.size(), "inventory_updated", updated));
        }
        return new Result(updated, warehouse);
    }

    /** Available quantity per inventory item id at the location; items not stocked there are left out. */
    private Map<String, BigDecimal> levels(ShopifyShop shop, String location, List<String> inventoryItemIds) {
        JsonArrayBuilder ids = ApiJson.JSON.createArrayBuilder();
        inventoryItemIds.forEach(ids::add);
        JsonObject data = calls.query(shop, ShopifyOperation.INVENTORY_LEVELS,
                ApiJson.JSON.createObjectBuilder().add("ids", ids).add("locationId", location).build());
        Map<String, BigDecimal> available = new HashMap<>();
        for (JsonValue node : data.getJsonArray("nodes")) {
            if (node instanceof JsonObject item && item.get("inventoryLevel") instanceof JsonObject level) {
                for (JsonValue quantity : level.getJsonArray("quantities")) {
                    JsonObject q = quantity.asJsonObject();
                    if ("available".equals(q.getString("name", "")) && q.get("quantity") instanceof JsonNumber n) {
                        available.put(item.getString("id"), n.bigDecimalValue());
                    }
                }
            }
        }
        return available;
    }
}
