package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorDescription;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.IntegrationProvider;
import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A vendor's own Shopify store in the integrations hub: connected by installing MedGrid's app
 * ({@code shopify_start_install}, {@link ShopifyStoreInstall}) or with a custom app's token; checking
 * it asks the shop for its name; connecting subscribes the store's order webhooks; a sync pulls the
 * store's catalog onto the vendor's items (API reference, {@code sync_now}: "For Shopify: pulls the
 * product catalog").
 */
@ApplicationScoped
public class ShopifyStoreIntegration implements IntegrationProvider {

    @Inject
    ShopifyCalls calls;
    @Inject
    ShopifyWebhookSubscriptions subscriptions;
    @Inject
    ShopifyCatalogSync catalog;
    @Inject
    CurrentUser user;

    @Override
    public VendorDescription description() {
        return Shopify.DESCRIPTION;
    }

    @Override
    public String tagline() {
        return "Connect your Shopify store: MedGrid orders for your Shopify products are created in it, fulfilment and tracking come back.";
    }

    @Override
    public String authKind() {
        return "oauth";
    }

    @Override
    public String missingCredentials() {
        return "shop_domain and access_token are required: connect the store with medgrid.integrations.shopify_start_install instead.";
    }

    @Override
    public Optional<String> probe(Map<String, String> credentials) {
        try {
            calls.query(ShopifyShop.vendorStore(credentials), ShopifyOperation.SHOP, JsonValue.EMPTY_JSON_OBJECT);
            return Optional.empty();
        } catch (VendorException.NotConfigured refused) {
            return Optional.of(refused.getMessage());
        }
    }

    @Override
    public void connected(Map<String, String> credentials, String webhookUrl) {
        subscriptions.replace(ShopifyShop.vendorStore(credentials), webhookUrl);
    }

    @Override
    public SyncResult sync(Connection connection) {
        Map<String, Object> stats = new LinkedHashMap<>();
        try {
            ShopifyCatalogSync.Result pulled = catalog.sync(ShopifyCatalogSync.Catalog.vendorStore(connection, user.name()));
            stats.put("products_pulled", pulled.products());
            stats.put("round_trip_ok", true);
            stats.put("sample_titles", pulled.sampleTitles());
            stats.put("items_matched", pulled.matched());
            stats.put("unmatched_count", pulled.unmatchedCount());
            stats.put("unmatched_skus", pulled.unmatchedSkus());
            return new SyncResult(0, 0, null, stats);
        } catch (VendorException e) {
            stats.put("products_pulled", 0);
            stats.put("round_trip_ok", false);
            stats.put("sample_titles", List.of());
            stats.put("pull_errors", List.of(e.getMessage()));
            return new SyncResult(0, 0, e.getMessage(), stats);
        }
    }
}
