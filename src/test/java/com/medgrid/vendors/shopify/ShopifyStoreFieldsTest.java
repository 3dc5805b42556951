package com.medgrid.vendors.shopify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The names a vendor's own store and the Exoceuticals store use on Items and in Shopify. */
class ShopifyStoreFieldsTest {

    @Test
    void itemFieldsAreNamedAfterTheStore() {
        assertEquals(List.of("shopify_variant_id", "shopify_product_id", "shopify_inventory_item_id"), Shopify.DESCRIPTION.itemFields());
        assertEquals(List.of("exoceuticals_variant_id", "exoceuticals_product_id", "exoceuticals_inventory_item_id"),
                Exoceuticals.DESCRIPTION.itemFields());
        assertEquals("shopify_last_synced", Shopify.ITEMS.lastSynced());
    }

    @Test
    void orderFieldsAreTheReferencesNames() {
        assertEquals(List.of("exoceuticals_order_id", "exoceuticals_order_name", "exoceuticals_status", "exoceuticals_tracking_number",
                "exoceuticals_carrier", "exoceuticals_tracking_url", "exoceuticals_sync_date"),
                Exoceuticals.DESCRIPTION.orderFields().stream().map(com.medgrid.fulfillment.OrderField::name).toList());
        assertEquals("shopify_order_name", Shopify.DESCRIPTION.orderFields().get(1).name());
    }

    @Test
    void webhookTopicsAreSubscribedUnderTheirGraphqlNames() {
        assertEquals(List.of("ORDERS_CANCELLED", "ORDERS_FULFILLED", "ORDERS_UPDATED"),
                ShopifyWebhookIntake.TOPICS.stream().sorted().map(ShopifyWebhookSubscriptions::graphqlTopic).toList());
    }

    @Test
    void aVendorStoreIsAskedOnlyForWhatTheIntegrationGuideLists() {
        assertEquals("read_products,write_products,read_orders,write_orders", Shopify.SCOPES);
    }
}
