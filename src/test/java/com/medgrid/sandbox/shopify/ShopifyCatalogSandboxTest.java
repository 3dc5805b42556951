package com.medgrid.sandbox.shopify;

import com.medgrid.sandbox.DemoData;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopifyCatalogSandboxTest {

    @Test
    void demoItemsMapToTheDemoShopsVariantWithTheirCodeAsSku() {
        ShopifyCatalogSandbox.Catalog demo = new ShopifyCatalogSandbox.Catalog(true, JsonValue.EMPTY_JSON_ARRAY);
        assertEquals(ShopifyCatalogSandbox.DEMO_PRODUCTS.size() * DemoData.STRENGTHS.size(), demo.size());
        for (int position = 0; position < demo.size(); position++) {
            ShopifyCatalogSandbox.Variant variant = demo.at(position).orElseThrow();
            Map<String, String> fields = ShopifyCatalogSandbox.DEMO_PRODUCTS.stream()
                    .filter(p -> variant.sku().startsWith(p.code() + "-")).findFirst().orElseThrow().mappingFields().apply(variant.sku(), 7);
            assertEquals(variant.id(), fields.get("exoceuticals_variant_id"));
            assertEquals(variant.productId(), fields.get("exoceuticals_product_id"));
            assertEquals(variant.inventoryItemId(), fields.get("exoceuticals_inventory_item_id"));
            assertEquals(variant, demo.byVariantId(variant.id()).orElseThrow());
            assertEquals(variant, demo.byInventoryItemId(variant.inventoryItemId()).orElseThrow());
        }
        assertTrue(demo.byVariantId("gid://shopify/ProductVariant/1").isEmpty());
    }

    @Test
    void extraVariantsFollowFromTheirBatchAndPosition() {
        ShopifyCatalogSandbox.Catalog shop = new ShopifyCatalogSandbox.Catalog(false, Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("sku_prefix", "A-").add("count", 15).add("first", 0))
                .add(Json.createObjectBuilder().add("sku_prefix", "B-").add("count", 5).add("first", 15)).build());
        assertEquals(20, shop.size());
        List<ShopifyCatalogSandbox.Variant> page = shop.page(12, 5);
        assertEquals(List.of("A-00013", "A-00014", "A-00015", "B-00001", "B-00002"), page.stream().map(ShopifyCatalogSandbox.Variant::sku).toList());
        assertEquals(page.get(0).productId(), shop.at(10).orElseThrow().productId(), "ten variants a product");
        assertTrue(shop.at(20).isEmpty());
        assertEquals(page.get(3), shop.byInventoryItemId(page.get(3).inventoryItemId()).orElseThrow());
    }
}
