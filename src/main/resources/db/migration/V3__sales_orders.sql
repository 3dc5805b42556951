-- Sales Orders and their lines. Per-vendor field groups (order id, status, tracking) are filled by
-- the fulfillment integrations; names come from the SO-.YYYY.-.##### naming series.

CREATE TABLE sales_orders (
    name                  VARCHAR(140)   PRIMARY KEY,
    customer              VARCHAR(140)   NOT NULL REFERENCES customers (name),
    transaction_date      DATE           NOT NULL,
    delivery_date         DATE,
    currency              VARCHAR(3)     NOT NULL,
    selling_price_list    VARCHAR(140)   REFERENCES price_lists (name),
    shipping_address_name VARCHAR(140)   REFERENCES addresses (name),
    total_qty             NUMERIC(18, 6) NOT NULL,
    grand_total           NUMERIC(18, 6) NOT NULL,
    docstatus             INTEGER        NOT NULL DEFAULT 0,
    status                VARCHAR(20)    NOT NULL,
    shipstation_order_id         VARCHAR(140),
    shipstation_status           VARCHAR(40),
    shipstation_tracking_number  VARCHAR(140),
    shipstation_carrier          VARCHAR(80),
    shipstation_tracking_url     VARCHAR(500),
    shipstation_sync_date        TIMESTAMP,
    perfectrx_order_id         VARCHAR(140),
    perfectrx_status           VARCHAR(40),
    perfectrx_tracking_number  VARCHAR(140),
    perfectrx_carrier          VARCHAR(80),
    perfectrx_tracking_url     VARCHAR(500),
    perfectrx_sync_date        TIMESTAMP,
    sinq_order_id         VARCHAR(140),
    sinq_status           VARCHAR(40),
    sinq_tracking_number  VARCHAR(140),
    sinq_carrier          VARCHAR(80),
    sinq_tracking_url     VARCHAR(500),
    sinq_sync_date        TIMESTAMP,
    cr_order_id         VARCHAR(140),
    cr_status           VARCHAR(40),
    cr_tracking_number  VARCHAR(140),
    cr_carrier          VARCHAR(80),
    cr_tracking_url     VARCHAR(500),
    cr_sync_date        TIMESTAMP,
    exoceuticals_order_id         VARCHAR(140),
    exoceuticals_status           VARCHAR(40),
    exoceuticals_tracking_number  VARCHAR(140),
    exoceuticals_carrier          VARCHAR(80),
    exoceuticals_tracking_url     VARCHAR(500),
    exoceuticals_sync_date        TIMESTAMP,
    owner                 VARCHAR(140)   NOT NULL,
    creation              TIMESTAMP      NOT NULL,
    modified              TIMESTAMP      NOT NULL,
    modified_by           VARCHAR(140)   NOT NULL
);
CREATE INDEX sales_orders_customer ON sales_orders (customer);
CREATE INDEX sales_orders_owner ON sales_orders (owner);

CREATE TABLE sales_order_items (
    name      VARCHAR(140)   PRIMARY KEY,
    parent    VARCHAR(140)   NOT NULL REFERENCES sales_orders (name) ON DELETE CASCADE,
    idx       INTEGER        NOT NULL,
    item_code VARCHAR(140)   NOT NULL REFERENCES items (name),
    item_name VARCHAR(255)   NOT NULL,
    qty       NUMERIC(18, 6) NOT NULL,
    rate      NUMERIC(18, 6) NOT NULL,
    amount    NUMERIC(18, 6) NOT NULL,
    warehouse VARCHAR(140)   NOT NULL REFERENCES warehouses (name),
    vendor    VARCHAR(140)
);
CREATE INDEX sales_order_items_parent ON sales_order_items (parent);
CREATE INDEX sales_order_items_item ON sales_order_items (item_code);
