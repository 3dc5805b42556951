package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorConnector.Capability;
import com.medgrid.fulfillment.VendorDescription;

import java.util.List;
import java.util.Set;

/**
 * A vendor's own Shopify store (integration guide, "A6a — Vendor Self-Connect"): each vendor connects
 * its store by installing MedGrid's Shopify app (OAuth) from the integrations hub, pulls its catalog
 * to map its items to the store's variants, and MedGrid's orders for those items are created in its
 * store. There is no platform store: an item of a vendor without a connected store waits.
 */
final class Shopify {

    static final String KEY = "shopify";
    static final String SHOP_DOMAIN = "shop_domain";
    static final String ACCESS_TOKEN = "access_token";
    static final String API_VERSION = "api_version";
    /** What a vendor's install asks the merchant to grant (integration guide, step 2). */
    static final String SCOPES = "read_products,write_products,read_orders,write_orders";
    /** The tag on every order MedGrid creates in a vendor's store, to tell them apart from the store's own. */
    static final String ORDER_TAG = "MedGrid";

    static final ShopifyItemFields ITEMS = new ShopifyItemFields(KEY, "Shopify",
            "pull your store's catalog (medgrid.integrations.sync_now with integration_type shopify)");

    static final VendorDescription DESCRIPTION = new VendorDescription(KEY, "Shopify",
            VendorDescription.Connections.VENDORS_ONLY,
            List.of(SHOP_DOMAIN, ACCESS_TOKEN),
            ITEMS.mappingFields(),
            ITEMS.orderFields(),
            Set.of(Capability.POLL_STATUS, Capability.STATUS_WEBHOOKS))
            .withOptionalCredentials(API_VERSION)
            .withLifecycle(Exoceuticals.DESCRIPTION.lifecycle().toArray(String[]::new));

    private Shopify() {
    }
}
