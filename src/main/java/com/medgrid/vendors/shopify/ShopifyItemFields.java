package com.medgrid.vendors.shopify;

/**
 * The Item fields that map items to one kind of Shopify store (the Exoceuticals store, a vendor's
 * own): the product, variant and inventory item GIDs and when they were last synced, all under the
 * store's prefix, and what fills them.
 *
 * @param prefix  {@code exoceuticals} → {@code exoceuticals_variant_id}
 * @param label   how people see the store's vendor
 * @param syncHint what to run to map items, as an error message says it
 */
record ShopifyItemFields(String prefix, String label, String syncHint) {

    String variantId() {
        return prefix + "_variant_id";
    }

    String productId() {
        return prefix + "_product_id";
    }

    String inventoryItemId() {
        return prefix + "_inventory_item_id";
    }

    String lastSynced() {
        return prefix + "_last_synced";
    }
}
