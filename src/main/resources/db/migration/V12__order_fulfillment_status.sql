-- How far a submitted order's shipments have got, across all its vendors:
-- Not Shipped / Partly Shipped / Shipped / Partly Delivered / Delivered.
ALTER TABLE sales_orders ADD COLUMN fulfillment_status VARCHAR(20);
UPDATE sales_orders SET fulfillment_status = 'Not Shipped' WHERE docstatus = 1;
