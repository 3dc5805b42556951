package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorConnector.Capability;
import com.medgrid.fulfillment.VendorDescription;

import java.util.List;
import java.util.Set;

/**
 * Exoceuticals as MedGrid knows it (API reference, "Shopify (Exoceuticals) Integration"): a Shopify
 * store the platform connects to with an Admin API token, through the Admin GraphQL API. Its
 * settings are the managed connection's credentials, under the names the reference gives them.
 * Shopify's order statuses ({@code displayFulfillmentStatus}) are shown as words: Unfulfilled,
 * Partially Fulfilled, Fulfilled; Cancelled when the order was cancelled.
 */
final class Exoceuticals {

    static final String KEY = "exoceuticals";
    static final String SHOP_DOMAIN = "exoceuticals_shop_domain";
    static final String API_TOKEN = "exoceuticals_api_token";
    static final String API_VERSION = "exoceuticals_api_version";
    static final String WEBHOOK_SECRET = "exoceuticals_webhook_secret";
    static final String ORDER_TAG = "exoceuticals_order_tag";
    static final String LOCATION_ID = "exoceuticals_location_id";
    static final String DEFAULT_API_VERSION = "2026-04";
    static final String DEFAULT_ORDER_TAG = "Skydell";
    /** The platform maps the catalog and mirrors inventory too. */
    static final String SCOPES = "read_products,write_products,read_orders,write_orders,read_inventory,write_inventory";

    static final ShopifyItemFields ITEMS = new ShopifyItemFields(KEY, "Exoceuticals", "run medgrid.exoceuticals.sync_catalog");

    static final VendorDescription DESCRIPTION = new VendorDescription(KEY, "Exoceuticals (Shopify)",
            VendorDescription.Connections.MANAGED,
            List.of(SHOP_DOMAIN, API_TOKEN),
            ITEMS.mappingFields(),
            ITEMS.orderFields(),
            Set.of(Capability.POLL_STATUS, Capability.STATUS_WEBHOOKS))
            .withOptionalCredentials(API_VERSION, WEBHOOK_SECRET, ORDER_TAG, LOCATION_ID)
            .withLifecycle("Unfulfilled", "Partially Fulfilled", "Fulfilled", "Cancelled");

    private Exoceuticals() {
    }
}
