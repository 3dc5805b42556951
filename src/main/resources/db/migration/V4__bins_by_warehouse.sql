-- items_in_warehouse pages through one warehouse's bins in item-code order.
DROP INDEX bins_warehouse_stock;
CREATE INDEX bins_warehouse_item ON bins (warehouse, item_code);
