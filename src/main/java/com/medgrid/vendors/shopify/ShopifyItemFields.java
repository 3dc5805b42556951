package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.OrderField;

import java.util.List;

import static com.medgrid.fulfillment.OrderField.Source.CARRIER;
import static com.medgrid.fulfillment.OrderField.Source.STATUS;
import static com.medgrid.fulfillment.OrderField.Source.SYNC_DATE;
import static com.medgrid.fulfillment.OrderField.Source.TRACKING_NUMBER;
import static com.medgrid.fulfillment.OrderField.Source.TRACKING_URL;
import static com.medgrid.fulfillment.OrderField.Source.VENDOR_ORDER_ID;

/**
 * The fields of one kind of Shopify store (the Exoceuticals store, a vendor's own), all under the
 * store's prefix: on Items the product, variant and inventory item GIDs and when they were last
 * synced, and what fills them; on Sales Orders the store's order and its fulfilment.
 *
 * @param prefix  {@code exoceuticals} → {@code exoceuticals_variant_id}
 * @param label   how people see the store's vendor
 * @param syncHint what to run to map items, as an error message says it
 */
record ShopifyItemFields(String prefix, String label, String syncHint) {

    /** The Sales Order fields the store's orders fill ({@code exoceuticals_order_id}, …), as the API reference names them. */
    List<OrderField> orderFields() {
        return List.of(OrderField.of(prefix + "_order_id", VENDOR_ORDER_ID),
                OrderField.detail(prefix + "_order_name", ShopifyOrderNews.ORDER_NAME),
                OrderField.of(prefix + "_status", STATUS),
                OrderField.of(prefix + "_tracking_number", TRACKING_NUMBER),
                OrderField.of(prefix + "_carrier", CARRIER),
                OrderField.of(prefix + "_tracking_url", TRACKING_URL),
                OrderField.of(prefix + "_sync_date", SYNC_DATE));
    }

    /** The Item fields that map an item to the store's catalog. */
    List<String> mappingFields() {
        return List.of(variantId(), productId(), inventoryItemId());
    }

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
