package com.medgrid.sandbox.shopify;

import com.medgrid.sandbox.SandboxRecord;
import com.medgrid.sandbox.SandboxVendor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Shopify simulator as vendor {@code shopify}, a vendor's own store that the vendor connects
 * itself: its demo account is the demo shop {@code skydell-fulfillment.myshopify.com}
 * ({@link ShopifyDemoShop#SKYDELL_FULFILLMENT}), sold by Skydell Fulfillment (the Vendor Profile of
 * the ShipStation demo account too, so the demo vendor user shows both connections). Its items map to
 * the shop's variants by {@code shopify_product_id}, {@code shopify_variant_id} and
 * {@code shopify_inventory_item_id}. The shop is served, and its orders fulfilled, by
 * {@link ShopifySandbox} like any other.
 */
@ApplicationScoped
public class ShopifyVendorStoreSandbox implements SandboxVendor {

    private static final ShopifyDemoShop DEMO_SHOP = ShopifyDemoShop.SKYDELL_FULFILLMENT;

    @Inject
    ShopifySandbox shopify;

    @Override
    public String vendor() {
        return DEMO_SHOP.vendor();
    }

    @Override
    public Map<String, String> demoCredentials() {
        return Map.of("shop_domain", DEMO_SHOP.domain(), "access_token", DEMO_SHOP.token(), "api_version", ShopifySandbox.API_VERSION);
    }

    @Override
    public Optional<String> demoSupplier() {
        return Optional.of(DEMO_SHOP.shopName());
    }

    /** DemoData names it "Skydell Shopify Store - SM" (it adds the company's abbreviation). */
    @Override
    public Optional<String> demoWarehouse() {
        return Optional.of("Skydell Shopify Store");
    }

    @Override
    public List<DemoProduct> demoProducts() {
        return DEMO_SHOP.demoProducts();
    }

    /** Never called in practice: the shop's orders are kept and made due under {@link ShopifySandbox#VENDOR}, so they come due there. */
    @Override
    public void due(SandboxRecord record) {
        shopify.due(record);
    }
}
