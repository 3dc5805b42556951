package com.medgrid.sandbox.shopify;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.sandbox.DemoData;
import com.medgrid.sandbox.SandboxStore;
import com.medgrid.sandbox.SandboxVendor.DemoProduct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a simulated shop sells. A demo shop ({@link ShopifyDemoShop}) has its demo products, one
 * variant per demo item (SKU = item code, so {@link #mappingFields} names exactly the variants the
 * simulator serves); any shop gets extra variants from {@code _sandbox/catalog}. Extra variants are
 * kept as batches (prefix, count, first position) and made up when asked for, so 10,000 of them
 * cost one row: a variant's ids, titles and stock follow from its position in the shop's list, which
 * never changes, and from the shop's id base (a demo shop's own, 0 for any other shop).
 */
@ApplicationScoped
public class ShopifyCatalogSandbox {

    static final String LOCATION_ID = "gid://shopify/Location/1001";
    private static final long PRODUCT_BASE = 8_100_000_000L;
    /** Extra variants' products are numbered by their first variant's position, above the demo products. */
    private static final long EXTRA_PRODUCT_BASE = PRODUCT_BASE + 1_000;
    private static final long VARIANT_BASE = 45_100_000_000L;
    private static final long INVENTORY_ITEM_BASE = 47_100_000_000L;
    private static final int VARIANTS_PER_EXTRA_PRODUCT = 10;
    private static final String CATALOG = "catalog";
    private static final String PRODUCT_GID = "gid://shopify/Product/";
    private static final String VARIANT_GID = "gid://shopify/ProductVariant/";
    private static final String INVENTORY_ITEM_GID = "gid://shopify/InventoryItem/";

    private static final Map<ShopifyDemoShop, List<Variant>> DEMO_VARIANTS = Stream.of(ShopifyDemoShop.values())
            .collect(Collectors.toUnmodifiableMap(Function.identity(), ShopifyCatalogSandbox::demoVariants));

    /**
     * A product variant as the Admin API shows it: {@code number} (the shop's id base plus its position)
     * numbers its GIDs; {@code available} is null where the location does not stock it.
     */
    record Variant(int position, long number, String sku, String title, long productNumber, String productTitle, Integer available) {

        String id() {
            return VARIANT_GID + (VARIANT_BASE + number);
        }

        String productId() {
            return PRODUCT_GID + productNumber;
        }

        String inventoryItemId() {
            return INVENTORY_ITEM_GID + (INVENTORY_ITEM_BASE + number);
        }
    }

    /** A shop's variants in their stable order: its demo ones, then every batch in the order it was added. */
    record Catalog(long idBase, List<Variant> demo, JsonArray batches) {

        /** The catalog of {@code shop} with these batches of extra variants. */
        static Catalog of(String shop, JsonArray batches) {
            Optional<ShopifyDemoShop> demoShop = ShopifyDemoShop.of(shop);
            return new Catalog(demoShop.map(ShopifyDemoShop::idBase).orElse(0L), demoShop.map(DEMO_VARIANTS::get).orElse(List.of()), batches);
        }

        int size() {
            int size = demo.size();
            for (JsonValue batch : batches) {
                size += batch.asJsonObject().getInt("count");
            }
            return size;
        }

        Optional<Variant> at(int position) {
            if (position < 0) {
                return Optional.empty();
            }
            if (position < demo.size()) {
                return Optional.of(demo.get(position));
            }
            for (JsonValue value : batches) {
                JsonObject batch = value.asJsonObject();
                int index = position - batch.getInt("first");
                if (index >= 0 && index < batch.getInt("count")) {
                    return Optional.of(extra(idBase, position, batch.getString("sku_prefix"), batch.getInt("first"), index));
                }
            }
            return Optional.empty();
        }

        List<Variant> page(int offset, int limit) {
            List<Variant> page = new ArrayList<>();
            for (int position = offset; position < Math.min(size(), offset + limit); position++) {
                page.add(at(position).orElseThrow());
            }
            return page;
        }

        Optional<Variant> byVariantId(String gid) {
            return position(gid, VARIANT_GID, VARIANT_BASE + idBase).flatMap(this::at);
        }

        Optional<Variant> byInventoryItemId(String gid) {
            return position(gid, INVENTORY_ITEM_GID, INVENTORY_ITEM_BASE + idBase).flatMap(this::at);
        }
    }

    @Inject
    SandboxStore store;

    Catalog of(String shop) {
        JsonArray batches = store.get(ShopifySandbox.VENDOR, shop, CATALOG, shop).map(c -> c.getJsonArray("batches"))
                .orElse(JsonValue.EMPTY_JSON_ARRAY);
        return Catalog.of(shop, batches);
    }

    /** Adds {@code count} variants with SKUs {@code <prefix>00001}...; returns the shop's catalog size now. */
    int add(String shop, int count, String skuPrefix) {
        JsonObject stored = store.update(ShopifySandbox.VENDOR, shop, CATALOG, shop,
                ApiJson.JSON.createObjectBuilder().add("batches", JsonValue.EMPTY_JSON_ARRAY).build(), null, catalog -> {
                    JsonArray batches = catalog.getJsonArray("batches");
                    int first = Catalog.of(shop, batches).size();
                    return ApiJson.JSON.createObjectBuilder().add("batches", ApiJson.JSON.createArrayBuilder(batches)
                            .add(ApiJson.JSON.createObjectBuilder().add("sku_prefix", skuPrefix).add("count", count).add("first", first))).build();
                });
        return Catalog.of(shop, stored.getJsonArray("batches")).size();
    }

    /** The Item mapping fields of a demo item: its demo shop's variant whose SKU is the item code, under the shop's vendor. */
    static Map<String, String> mappingFields(ShopifyDemoShop shop, String itemCode) {
        Variant variant = DEMO_VARIANTS.get(shop).stream().filter(v -> v.sku().equals(itemCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(itemCode + " is not an item of " + shop.shopName() + "'s demo catalog"));
        return Map.of(shop.vendor() + "_product_id", variant.productId(), shop.vendor() + "_variant_id", variant.id(),
                shop.vendor() + "_inventory_item_id", variant.inventoryItemId());
    }

    private static List<Variant> demoVariants(ShopifyDemoShop shop) {
        List<Variant> variants = new ArrayList<>();
        List<DemoProduct> products = shop.demoProducts();
        for (int p = 0; p < products.size(); p++) {
            DemoProduct product = products.get(p);
            for (String strength : DemoData.STRENGTHS) {
                int position = variants.size();
                variants.add(new Variant(position, shop.idBase() + position, DemoData.itemCode(product.code(), strength), strength,
                        PRODUCT_BASE + shop.idBase() + p, product.name(), stock(position)));
            }
        }
        return List.copyOf(variants);
    }

    private static Variant extra(long idBase, int position, String skuPrefix, int first, int index) {
        int productIndex = index / VARIANTS_PER_EXTRA_PRODUCT;
        return new Variant(position, idBase + position, skuPrefix + String.format("%05d", index + 1),
                "Variant " + (index % VARIANTS_PER_EXTRA_PRODUCT + 1),
                EXTRA_PRODUCT_BASE + idBase + first + (long) productIndex * VARIANTS_PER_EXTRA_PRODUCT, skuPrefix + " Product " + (productIndex + 1),
                stock(position));
    }

    /** Made-up but fixed stock at the shop's location; every seventh variant is not stocked there. */
    private static Integer stock(int position) {
        return position % 7 == 6 ? null : (position * 37 + 11) % 250;
    }

    private static Optional<Integer> position(String gid, String prefix, long base) {
        if (gid == null || !gid.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            long position = Long.parseLong(gid.substring(prefix.length())) - base;
            return position < 0 || position > Integer.MAX_VALUE ? Optional.empty() : Optional.of((int) position);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
