package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorException;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Shopify store MedGrid calls: its {@code .myshopify.com} domain, an Admin API access token and
 * the API version to speak.
 */
record ShopifyShop(String domain, String token, String apiVersion) {

    /** Shopify's own rule for shop domains; anything else is refused before a request is built from it. */
    static final Pattern DOMAIN = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9-]*\\.myshopify\\.com$");
    private static final Pattern VERSION = Pattern.compile("^\\d{4}-\\d{2}$|^unstable$");

    ShopifyShop {
        if (domain == null || !DOMAIN.matcher(domain).matches()) {
            throw VendorException.notConfigured("The shop domain must be a <name>.myshopify.com domain, got " + domain + ".");
        }
        if (token == null || token.isBlank()) {
            throw VendorException.notConfigured("No Admin API access token for " + domain + ": connect the shop (OAuth) first.");
        }
        if (!VERSION.matcher(apiVersion).matches()) {
            throw VendorException.notConfigured("The Shopify API version must look like 2026-04, got " + apiVersion + ".");
        }
    }

    /** A vendor's own store, as its connection keeps it. */
    static ShopifyShop vendorStore(Map<String, String> credentials) {
        return new ShopifyShop(credentials.get(Shopify.SHOP_DOMAIN), credentials.get(Shopify.ACCESS_TOKEN),
                credentials.getOrDefault(Shopify.API_VERSION, Exoceuticals.DEFAULT_API_VERSION));
    }

    /** The Exoceuticals store of the platform's managed connection. */
    static ShopifyShop exoceuticals(Map<String, String> credentials) {
        return new ShopifyShop(credentials.get(Exoceuticals.SHOP_DOMAIN), credentials.get(Exoceuticals.API_TOKEN),
                credentials.getOrDefault(Exoceuticals.API_VERSION, Exoceuticals.DEFAULT_API_VERSION));
    }
}
