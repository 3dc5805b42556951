-- The vendors' orders: one row per order a vendor made of a dispatch (an e-script and an OTC order
-- at PerfectRx, one order per ShipStation account), each with its own status and tracking, found
-- exactly by the vendor's id. The Sales Order's vendor fields (shipstation_status, cr_order_id, …)
-- are now read from these rows, as each vendor describes them, instead of columns per vendor.
CREATE TABLE vendor_orders (
    name            VARCHAR(300)  PRIMARY KEY,
    dispatch        VARCHAR(140)  NOT NULL REFERENCES fulfillment_dispatches (name) ON DELETE CASCADE,
    sales_order     VARCHAR(140)  NOT NULL REFERENCES sales_orders (name),
    vendor          VARCHAR(40)   NOT NULL,
    step            VARCHAR(140)  NOT NULL,
    connection      VARCHAR(140),
    vendor_order_id VARCHAR(140)  NOT NULL,
    reference       VARCHAR(140),
    status          VARCHAR(60),
    status_at       TIMESTAMP,
    tracking_number VARCHAR(140),
    carrier         VARCHAR(80),
    tracking_url    VARCHAR(500),
    label_url       VARCHAR(500),
    details         VARCHAR(4000),
    placed_at       TIMESTAMP     NOT NULL,
    synced_at       TIMESTAMP     NOT NULL,
    CONSTRAINT vendor_orders_step UNIQUE (dispatch, step)
);
CREATE INDEX vendor_orders_sales_order ON vendor_orders (sales_order);
CREATE INDEX vendor_orders_vendor_id ON vendor_orders (vendor, vendor_order_id);
CREATE INDEX vendor_orders_reference ON vendor_orders (vendor, reference);

-- What dispatches recorded so far becomes one vendor order each (a dispatch that kept several ids
-- in one comma-separated value keeps them in one row; new dispatches get one row per id).
INSERT INTO vendor_orders (name, dispatch, sales_order, vendor, step, vendor_order_id, reference, status, status_at,
                           tracking_number, carrier, tracking_url, placed_at, synced_at)
SELECT name || '-main', name, sales_order, vendor, 'main', vendor_order_id, sales_order, vendor_status, vendor_status_at,
       tracking_number, carrier, tracking_url, COALESCE(sent_at, modified), COALESCE(vendor_status_at, sent_at, modified)
FROM fulfillment_dispatches
WHERE vendor_order_id IS NOT NULL;

ALTER TABLE fulfillment_dispatches DROP COLUMN vendor_order_id;
ALTER TABLE fulfillment_dispatches DROP COLUMN vendor_status;
ALTER TABLE fulfillment_dispatches DROP COLUMN vendor_status_at;
ALTER TABLE fulfillment_dispatches DROP COLUMN tracking_number;
ALTER TABLE fulfillment_dispatches DROP COLUMN carrier;
ALTER TABLE fulfillment_dispatches DROP COLUMN tracking_url;

ALTER TABLE sales_orders DROP COLUMN shipstation_order_id;
ALTER TABLE sales_orders DROP COLUMN shipstation_status;
ALTER TABLE sales_orders DROP COLUMN shipstation_tracking_number;
ALTER TABLE sales_orders DROP COLUMN shipstation_carrier;
ALTER TABLE sales_orders DROP COLUMN shipstation_tracking_url;
ALTER TABLE sales_orders DROP COLUMN shipstation_sync_date;
ALTER TABLE sales_orders DROP COLUMN shipstation_label_url;
ALTER TABLE sales_orders DROP COLUMN perfectrx_order_id;
ALTER TABLE sales_orders DROP COLUMN perfectrx_status;
ALTER TABLE sales_orders DROP COLUMN perfectrx_tracking_number;
ALTER TABLE sales_orders DROP COLUMN perfectrx_carrier;
ALTER TABLE sales_orders DROP COLUMN perfectrx_tracking_url;
ALTER TABLE sales_orders DROP COLUMN perfectrx_sync_date;
ALTER TABLE sales_orders DROP COLUMN perfectrx_reference_id;
ALTER TABLE sales_orders DROP COLUMN sinq_order_id;
ALTER TABLE sales_orders DROP COLUMN sinq_status;
ALTER TABLE sales_orders DROP COLUMN sinq_tracking_number;
ALTER TABLE sales_orders DROP COLUMN sinq_carrier;
ALTER TABLE sales_orders DROP COLUMN sinq_tracking_url;
ALTER TABLE sales_orders DROP COLUMN sinq_sync_date;
ALTER TABLE sales_orders DROP COLUMN cr_order_id;
ALTER TABLE sales_orders DROP COLUMN cr_status;
ALTER TABLE sales_orders DROP COLUMN cr_tracking_number;
ALTER TABLE sales_orders DROP COLUMN cr_carrier;
ALTER TABLE sales_orders DROP COLUMN cr_tracking_url;
ALTER TABLE sales_orders DROP COLUMN cr_sync_date;
ALTER TABLE sales_orders DROP COLUMN exoceuticals_order_id;
ALTER TABLE sales_orders DROP COLUMN exoceuticals_status;
ALTER TABLE sales_orders DROP COLUMN exoceuticals_tracking_number;
ALTER TABLE sales_orders DROP COLUMN exoceuticals_carrier;
ALTER TABLE sales_orders DROP COLUMN exoceuticals_tracking_url;
ALTER TABLE sales_orders DROP COLUMN exoceuticals_sync_date;
