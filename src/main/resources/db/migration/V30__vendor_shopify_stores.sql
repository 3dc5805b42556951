-- A vendor's own Shopify store: its items map to the store's products by these GIDs (written by the
-- vendor's catalog pull), and such items go to the vendor's own store.
ALTER TABLE items ADD COLUMN shopify_product_id VARCHAR(140);
ALTER TABLE items ADD COLUMN shopify_variant_id VARCHAR(140);
ALTER TABLE items ADD COLUMN shopify_inventory_item_id VARCHAR(140);
ALTER TABLE items ADD COLUMN shopify_last_synced TIMESTAMP;

INSERT INTO fulfillment_routing_rules (name, vendor, priority, requires_prescription, item_field, owner, creation, modified, modified_by)
VALUES ('Vendor Shopify store products', 'shopify', 70, NULL, 'shopify_variant_id', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator');
