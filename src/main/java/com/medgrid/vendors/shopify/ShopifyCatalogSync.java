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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A store's catalog sync: pages through every product variant of the store (GraphQL cursors, 250 a
 * page, each page paced by the shop's cost bucket) and writes the product, variant and inventory
 * item GIDs onto the Item whose code is the variant's SKU — of the store's vendor only, for a
 * vendor's own store, so no vendor maps another's items. Items are never created: catalog
 * membership is curated. Variants whose SKU matches no Item are counted and logged for review (the
 * first {@value #UNMATCHED_SHOWN} are also in the result). Each page is written in its own
 * transaction: no transaction spans a call to Shopify. The counts so far show on the connection
 * while it runs.
 */
@ApplicationScoped
public class ShopifyCatalogSync {

    private static final Logger LOG = Logger.getLogger(ShopifyCatalogSync.class.getName());
    static final int PAGE_SIZE = 250;
    static final int UNMATCHED_SHOWN = 50;
    static final int TITLES_SHOWN = 5;

    /**
     * @param unmatchedSkus the first SKUs that matched no Item (variants without a SKU are counted, not listed)
     * @param products      how many products the variants belong to
     * @param sampleTitles  the first product titles
     */
    record Result(int matched, int unmatchedCount, List<String> unmatchedSkus, int products, List<String> sampleTitles) {
    }

    /** Which store, how its items map, and whose items it may map (null: anyone's, for the platform's store). */
    record Catalog(Connection connection, ShopifyShop shop, ShopifyItemFields items, String supplier, String actor) {

        /** The platform's Exoceuticals store: its variants map any item (admins curate that catalog). */
        static Catalog exoceuticals(Connection connection) {
            return new Catalog(connection, ShopifyShop.exoceuticals(connection.credentials()), Exoceuticals.ITEMS, null, SYSTEM);
        }

        /** A vendor's own store: its variants map only the vendor's items. */
        static Catalog vendorStore(Connection connection, String actor) {
            return new Catalog(connection, ShopifyShop.vendorStore(connection.credentials()), Shopify.ITEMS, connection.vendorProfile(), actor);
        }
    }

    private static final String SYSTEM = "Administrator";

    @Inject
    ShopifyCalls calls;
    @Inject
    ItemMappings itemMappings;
    @Inject
    ConnectionStore connections;

    /** Runs the sync with its counts on the connection while it runs ({@code syncing} in list_connections). */
    Result sync(Catalog catalog) {
        return connections.whileSyncing(catalog.connection().name(), () -> pages(catalog));
    }

    private Result pages(Catalog catalog) {
        int pages = 0;
        int matched = 0;
        int unmatched = 0;
        List<String> unmatchedSkus = new ArrayList<>();
        Set<String> products = new HashSet<>();
        List<String> titles = new ArrayList<>();
        String after = null;
        do {
            JsonObjectBuilder variables = ApiJson.JSON.createObjectBuilder().add("first", PAGE_SIZE);
            variables.add("after", after == null ? JsonValue.NULL : ApiJson.JSON.createValue(after));
            JsonObject page = calls.query(catalog.shop(), ShopifyOperation.VARIANTS, variables.build()).getJsonObject("productVariants");
            List<JsonObject> variants = page.getJsonArray("nodes").getValuesAs(JsonObject.class);
            Set<String> linked = itemMappings.link(links(variants, catalog.items()), catalog.supplier(), catalog.actor());
            matched += linked.size();
            unmatched += variants.size() - linked.size();
            variants.stream().map(ShopifyCatalogSync::sku).filter(sku -> !sku.isEmpty() && !linked.contains(sku))
                    .limit(UNMATCHED_SHOWN - (long) unmatchedSkus.size()).forEach(unmatchedSkus::add);
            for (JsonObject variant : variants) {
                if (variant.get("product") instanceof JsonObject product && products.add(product.getString("id", ""))
                        && titles.size() < TITLES_SHOWN) {
                    titles.add(product.getString("title", ""));
                }
            }
            pages++;
            connections.syncProgress(catalog.connection().name(), Map.of("catalog_pages", pages, "variants_seen", matched + unmatched,
                    "matched", matched));
            JsonObject pageInfo = page.getJsonObject("pageInfo");
            after = pageInfo.getBoolean("hasNextPage", false) ? pageInfo.getString("endCursor", null) : null;
        } while (after != null);
        int unmatchedTotal = unmatched;
        LOG.info(() -> "Shopify catalog sync of " + catalog.shop().domain() + ": " + unmatchedTotal
                + " variants matched no Item by SKU; first ones: " + unmatchedSkus);
        return new Result(matched, unmatched, unmatchedSkus, products.size(), titles);
    }

    /** The fields to write per SKU for a page's variants that have one. */
    private static Map<String, JsonObject> links(List<JsonObject> variants, ShopifyItemFields items) {
        String now = String.valueOf(FieldValues.toWire(Instant.now()));
        Map<String, JsonObject> bySku = new LinkedHashMap<>();
        for (JsonObject variant : variants) {
            String sku = sku(variant);
            if (sku.isEmpty()) {
                continue;
            }
            JsonObjectBuilder fields = ApiJson.JSON.createObjectBuilder()
                    .add(items.variantId(), variant.getString("id"))
                    .add(items.lastSynced(), now);
            if (variant.get("product") instanceof JsonObject product) {
                fields.add(items.productId(), product.getString("id"));
            }
            if (variant.get("inventoryItem") instanceof JsonObject inventoryItem) {
                fields.add(items.inventoryItemId(), inventoryItem.getString("id"));
            }
            bySku.put(sku, fields.build());
        }
        return bySku;
    }

    private static String sku(JsonObject variant) {
        return variant.get("sku") instanceof JsonString sku ? sku.getString().trim() : "";
    }
}
