package com.medgrid.sandbox.shopify;

import com.medgrid.sandbox.DemoData;
import com.medgrid.sandbox.SandboxVendor.DemoProduct;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopifyCatalogSandboxTest {

    private static ShopifyCatalogSandbox.Catalog demoCatalog(ShopifyDemoShop shop) {
        return ShopifyCatalogSandbox.Catalog.of(shop.domain(), JsonValue.EMPTY_JSON_ARRAY);
    }

    @Test
    void demoItemsMapToTheirDemoShopsVariantWithTheirCodeAsSkuUnderTheShopsVendor() {
        for (ShopifyDemoShop shop : ShopifyDemoShop.values()) {
            ShopifyCatalogSandbox.Catalog demo = demoCatalog(shop);
            assertEquals(shop.demoProducts().size() * DemoData.STRENGTHS.size(), demo.size(), shop.name());
            for (int position = 0; position < demo.size(); position++) {
                ShopifyCatalogSandbox.Variant variant = demo.at(position).orElseThrow();
                Map<String, String> fields = shop.demoProducts().stream()
                        .filter(p -> variant.sku().startsWith(p.code() + "-")).findFirst().orElseThrow().mappingFields().apply(variant.sku(), 7);
                assertEquals(variant.id(), fields.get(shop.vendor() + "_variant_id"));
                assertEquals(variant.productId(), fields.get(shop.vendor() + "_product_id"));
                assertEquals(variant.inventoryItemId(), fields.get(shop.vendor() + "_inventory_item_id"));
                assertEquals(variant, demo.byVariantId(variant.id()).orElseThrow());
                assertEquals(variant, demo.byInventoryItemId(variant.inventoryItemId()).orElseThrow());
            }
            assertTrue(demo.byVariantId("gid://shopify/ProductVariant/1").isEmpty());
        }
    }

    @Test
    void theVendorStoreDemoShopSellsEveryStrengthOfItsProducts() {
        ShopifyDemoShop shop = ShopifyDemoShop.SKYDELL_FULFILLMENT;
        assertEquals("shopify", shop.vendor());
        assertEquals(List.of("SKY-COLL", "SKY-ELEC"), shop.demoProducts().stream().map(DemoProduct::code).toList());
        assertTrue(shop.demoProducts().stream().noneMatch(DemoProduct::prescription));
        List<String> expected = new ArrayList<>();
        shop.demoProducts().forEach(p -> DemoData.STRENGTHS.forEach(strength -> expected.add(DemoData.itemCode(p.code(), strength))));
        assertEquals(expected, demoCatalog(shop).page(0, 100).stream().map(ShopifyCatalogSandbox.Variant::sku).toList());
        assertEquals(List.of("shopify_inventory_item_id", "shopify_product_id", "shopify_variant_id"),
                shop.demoProducts().get(0).mappingFields().apply("SKY-COLL-5MG", 1).keySet().stream().sorted().toList());
        assertThrows(IllegalArgumentException.class, () -> shop.demoProducts().get(0).mappingFields().apply("EXO-HYAL-5MG", 1),
                "another demo shop's item");
    }

    @Test
    void noTwoDemoShopsShareAGid() {
        List<ShopifyCatalogSandbox.Variant> all = Stream.of(ShopifyDemoShop.values()).flatMap(shop -> demoCatalog(shop).page(0, 1000).stream()).toList();
        assertEquals(all.size(), all.stream().map(ShopifyCatalogSandbox.Variant::id).distinct().count());
        assertEquals(all.size(), all.stream().map(ShopifyCatalogSandbox.Variant::inventoryItemId).distinct().count());
        assertEquals(Stream.of(ShopifyDemoShop.values()).mapToInt(shop -> shop.demoProducts().size()).sum(),
                all.stream().map(ShopifyCatalogSandbox.Variant::productId).distinct().count());
        for (ShopifyDemoShop shop : ShopifyDemoShop.values()) {
            ShopifyCatalogSandbox.Catalog catalog = demoCatalog(shop);
            all.stream().filter(v -> !v.sku().startsWith(shop.demoProducts().get(0).code().substring(0, 4)))
                    .forEach(other -> assertTrue(catalog.byVariantId(other.id()).isEmpty(), shop + " does not sell " + other.sku()));
        }
    }

    @Test
    void exoceuticalsKeepsTheGidsItsDemoItemsWereLoadedWith() {
        ShopifyCatalogSandbox.Variant first = demoCatalog(ShopifyDemoShop.EXOCEUTICALS).at(0).orElseThrow();
        assertEquals("EXO-HYAL-5MG", first.sku());
        assertEquals("gid://shopify/ProductVariant/45100000000", first.id());
        assertEquals("gid://shopify/Product/8100000000", first.productId());
        assertEquals("gid://shopify/InventoryItem/47100000000", first.inventoryItemId());
    }

    @Test
    void extraVariantsFollowFromTheirBatchAndPosition() {
        ShopifyCatalogSandbox.Catalog shop = ShopifyCatalogSandbox.Catalog.of("any.myshopify.com", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("sku_prefix", "A-").add("count", 15).add("first", 0))
                .add(Json.createObjectBuilder().add("sku_prefix", "B-").add("count", 5).add("first", 15)).build());
        assertEquals(20, shop.size());
        List<ShopifyCatalogSandbox.Variant> page = shop.page(12, 5);
        assertEquals(List.of("A-00013", "A-00014", "A-00015", "B-00001", "B-00002"), page.stream().map(ShopifyCatalogSandbox.Variant::sku).toList());
        assertEquals(page.get(0).productId(), shop.at(10).orElseThrow().productId(), "ten variants a product");
        assertTrue(shop.at(20).isEmpty());
        assertEquals(page.get(3), shop.byInventoryItemId(page.get(3).inventoryItemId()).orElseThrow());
    }

    @Test
    void aDemoShopsExtraVariantsFollowItsDemoOnesWithItsGids() {
        ShopifyCatalogSandbox.Catalog shop = ShopifyCatalogSandbox.Catalog.of(ShopifyDemoShop.SKYDELL_FULFILLMENT.domain(),
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku_prefix", "X-").add("count", 3).add("first", 20)).build());
        ShopifyCatalogSandbox.Variant extra = shop.at(20).orElseThrow();
        assertEquals("X-00001", extra.sku());
        assertEquals(extra, shop.byVariantId(extra.id()).orElseThrow());
        assertTrue(demoCatalog(ShopifyDemoShop.EXOCEUTICALS).byVariantId(extra.id()).isEmpty());
    }
}
