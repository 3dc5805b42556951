package com.medgrid.vendors.shopify;

import com.medgrid.catalog.ItemMappings;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.ConnectionStore;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.api.FieldValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * {@code sync_catalog}: pages through every product variant of the Exoceuticals store (GraphQL
 * cursors, 250 a page, each page paced by the shop's cost bucket) and writes the product, variant
 * and inventory item GIDs onto the Item whose code is the variant's SKU. Items are never created:
 * catalog membership is curated. Variants whose SKU matches no Item are counted and logged for
 * review (the first {@value #UNMATCHED_SHOWN} are also in the answer). Each page is written in its
 * own transaction: no transaction spans a call to Shopify. The counts so far show on the connection
 * while it runs.
 */
@ApplicationScoped
public class ExoceuticalsCatalog {

    private static final Logger LOG = Logger.getLogger(ExoceuticalsCatalog.class.getName());
    static final int PAGE_SIZE = 250;
    static final int UNMATCHED_SHOWN = 50;
    private static final String ACTOR = "Administrator";

    /** @param unmatchedSkus the first SKUs that matched no Item (variants without a SKU are counted, not listed) */
    record Result(int matched, int unmatchedCount, List<String> unmatchedSkus) {
    }

    @Inject
    ShopifyCalls calls;
    @Inject
    ItemMappings items;
    @Inject
    ConnectionStore connections;

    /** Runs the sync with its counts on the connection while it runs ({@code syncing} in list_connections). */
    Result sync(Connection connection) {
        return connections.whileSyncing(connection.name(), () -> pages(connection));
    }

    private Result pages(Connection connection) {
        ShopifyShop shop = ShopifyShop.exoceuticals(connection.credentials());
        int pages = 0;
        int matched = 0;
        int unmatched = 0;
        List<String> unmatchedSkus = new ArrayList<>();
        String after = null;
        do {
            JsonObjectBuilder variables = ApiJson.JSON.createObjectBuilder().add("first", PAGE_SIZE);
            variables.add("after", after == null ? JsonValue.NULL : ApiJson.JSON.createValue(after));
            JsonObject page = calls.query(shop, ShopifyOperation.VARIANTS, variables.build()).getJsonObject("productVariants");
            Map<String, JsonObject> bySku = links(page);
            var linked = items.link(bySku, ACTOR);
            matched += linked.size();
            int pageUnmatched = page.getJsonArray("nodes").size() - linked.size();
            unmatched += pageUnmatched;
            page.getJsonArray("nodes").stream().map(JsonValue::asJsonObject).map(ExoceuticalsCatalog::sku)
                    .filter(sku -> !sku.isEmpty() && !linked.contains(sku)).limit(UNMATCHED_SHOWN - (long) unmatchedSkus.size())
                    .forEach(unmatchedSkus::add);
            pages++;
            connections.syncProgress(connection.name(), Map.of("catalog_pages", pages, "variants_seen", matched + unmatched,
                    "matched", matched));
            JsonObject pageInfo = page.getJsonObject("pageInfo");
            after = pageInfo.getBoolean("hasNextPage", false) ? pageInfo.getString("endCursor", null) : null;
        } while (after != null);
        int unmatchedTotal = unmatched;
        LOG.info(() -> "Exoceuticals catalog sync: " + unmatchedTotal + " variants matched no Item by SKU; first ones: " + unmatchedSkus);
        return new Result(matched, unmatched, unmatchedSkus);
    }

    /** The fields to write per SKU for a page's variants that have one. */
    private static Map<String, JsonObject> links(JsonObject page) {
        String now = String.valueOf(FieldValues.toWire(Instant.now()));
        Map<String, JsonObject> bySku = new LinkedHashMap<>();
        for (JsonValue value : page.getJsonArray("nodes")) {
            JsonObject variant = value.asJsonObject();
            String sku = sku(variant);
            if (sku.isEmpty()) {
                continue;
            }
            JsonObjectBuilder fields = ApiJson.JSON.createObjectBuilder()
                    .add(Exoceuticals.VARIANT_ID, variant.getString("id"))
                    .add("exoceuticals_last_synced", now);
            if (variant.get("product") instanceof JsonObject product) {
                fields.add(Exoceuticals.PRODUCT_ID, product.getString("id"));
            }
            if (variant.get("inventoryItem") instanceof JsonObject inventoryItem) {
                fields.add(Exoceuticals.INVENTORY_ITEM_ID, inventoryItem.getString("id"));
            }
            bySku.put(sku, fields.build());
        }
        return bySku;
    }

    private static String sku(JsonObject variant) {
        return variant.get("sku") instanceof JsonString sku ? sku.getString().trim() : "";
    }
}
