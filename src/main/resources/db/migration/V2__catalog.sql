-- Catalog, inventory, pricing, customers and addresses.
-- Every document table carries Frappe's standard fields: owner, creation, modified, modified_by.

CREATE TABLE companies (
    name             VARCHAR(140) PRIMARY KEY,
    abbr             VARCHAR(10)  NOT NULL,
    default_currency VARCHAR(3)   NOT NULL,
    owner            VARCHAR(140) NOT NULL,
    creation         TIMESTAMP    NOT NULL,
    modified         TIMESTAMP    NOT NULL,
    modified_by      VARCHAR(140) NOT NULL
);

CREATE TABLE warehouses (
    name           VARCHAR(140) PRIMARY KEY,
    warehouse_name VARCHAR(140) NOT NULL,
    company        VARCHAR(140) NOT NULL REFERENCES companies (name),
    is_group       BOOLEAN      NOT NULL DEFAULT FALSE,
    disabled       BOOLEAN      NOT NULL DEFAULT FALSE,
    owner          VARCHAR(140) NOT NULL,
    creation       TIMESTAMP    NOT NULL,
    modified       TIMESTAMP    NOT NULL,
    modified_by    VARCHAR(140) NOT NULL
);

CREATE TABLE price_lists (
    name        VARCHAR(140) PRIMARY KEY,
    currency    VARCHAR(3)   NOT NULL,
    selling     BOOLEAN      NOT NULL DEFAULT TRUE,
    enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
    owner       VARCHAR(140) NOT NULL,
    creation    TIMESTAMP    NOT NULL,
    modified    TIMESTAMP    NOT NULL,
    modified_by VARCHAR(140) NOT NULL
);

-- The single Medgrid Settings record and its ordered warehouse priority list.
CREATE TABLE medgrid_settings (
    name                          VARCHAR(140) PRIMARY KEY,
    default_selling_price_list    VARCHAR(140) REFERENCES price_lists (name),
    owner                         VARCHAR(140) NOT NULL,
    creation                      TIMESTAMP    NOT NULL,
    modified                      TIMESTAMP    NOT NULL,
    modified_by                   VARCHAR(140) NOT NULL
);
CREATE TABLE medgrid_settings_warehouses (
    parent    VARCHAR(140) NOT NULL REFERENCES medgrid_settings (name) ON DELETE CASCADE,
    idx       INTEGER      NOT NULL,
    warehouse VARCHAR(140) NOT NULL REFERENCES warehouses (name),
    PRIMARY KEY (parent, idx)
);

CREATE TABLE items (
    name                           VARCHAR(140)   PRIMARY KEY,
    item_code                      VARCHAR(140)   NOT NULL UNIQUE,
    item_name                      VARCHAR(255)   NOT NULL,
    description                    VARCHAR(20000),
    stock_uom                      VARCHAR(40)    NOT NULL,
    disabled                       BOOLEAN        NOT NULL DEFAULT FALSE,
    is_stock_item                  BOOLEAN        NOT NULL DEFAULT TRUE,
    requires_prescription          BOOLEAN        NOT NULL DEFAULT FALSE,
    default_supplier               VARCHAR(140),
    reorder_level                  NUMERIC(18, 6) NOT NULL DEFAULT 0,
    perfectrx_drug_description     VARCHAR(255),
    shipstation_product_id         VARCHAR(140),
    sinq_sku                       VARCHAR(140),
    centre_research_product_id     VARCHAR(140),
    exoceuticals_product_id        VARCHAR(140),
    exoceuticals_variant_id        VARCHAR(140),
    exoceuticals_inventory_item_id VARCHAR(140),
    exoceuticals_qty               NUMERIC(18, 6),
    exoceuticals_last_synced       TIMESTAMP,
    mdi_offering_id                VARCHAR(140),
    pharmaone_product_id           VARCHAR(140),
    owner                          VARCHAR(140)   NOT NULL,
    creation                       TIMESTAMP      NOT NULL,
    modified                       TIMESTAMP      NOT NULL,
    modified_by                    VARCHAR(140)   NOT NULL
);

-- Stock of one item in one warehouse. reserved_qty is held by submitted, undelivered orders.
CREATE TABLE bins (
    name          VARCHAR(300)   PRIMARY KEY,
    item_code     VARCHAR(140)   NOT NULL REFERENCES items (name),
    warehouse     VARCHAR(140)   NOT NULL REFERENCES warehouses (name),
    actual_qty    NUMERIC(18, 6) NOT NULL DEFAULT 0,
    reserved_qty  NUMERIC(18, 6) NOT NULL DEFAULT 0,
    projected_qty NUMERIC(18, 6) NOT NULL DEFAULT 0,
    owner         VARCHAR(140)   NOT NULL,
    creation      TIMESTAMP      NOT NULL,
    modified      TIMESTAMP      NOT NULL,
    modified_by   VARCHAR(140)   NOT NULL,
    CONSTRAINT bins_item_warehouse UNIQUE (item_code, warehouse)
);
CREATE INDEX bins_warehouse_stock ON bins (warehouse, actual_qty);

CREATE TABLE item_prices (
    name            VARCHAR(300)   PRIMARY KEY,
    item_code       VARCHAR(140)   NOT NULL REFERENCES items (name),
    price_list      VARCHAR(140)   NOT NULL REFERENCES price_lists (name),
    price_list_rate NUMERIC(18, 6) NOT NULL,
    currency        VARCHAR(3)     NOT NULL,
    owner           VARCHAR(140)   NOT NULL,
    creation        TIMESTAMP      NOT NULL,
    modified        TIMESTAMP      NOT NULL,
    modified_by     VARCHAR(140)   NOT NULL,
    CONSTRAINT item_prices_item_list UNIQUE (item_code, price_list)
);

CREATE TABLE customers (
    name               VARCHAR(140) PRIMARY KEY,
    customer_name      VARCHAR(140) NOT NULL,
    customer_type      VARCHAR(20)  NOT NULL DEFAULT 'Company',
    territory          VARCHAR(140),
    assigned_rep       VARCHAR(140) REFERENCES users (name),
    default_price_list VARCHAR(140) REFERENCES price_lists (name),
    email_id           VARCHAR(140),
    portal_user        VARCHAR(140) REFERENCES users (name),
    disabled           BOOLEAN      NOT NULL DEFAULT FALSE,
    owner              VARCHAR(140) NOT NULL,
    creation           TIMESTAMP    NOT NULL,
    modified           TIMESTAMP    NOT NULL,
    modified_by        VARCHAR(140) NOT NULL
);
CREATE INDEX customers_assigned_rep ON customers (assigned_rep);
CREATE INDEX customers_portal_user ON customers (portal_user);

CREATE TABLE addresses (
    name          VARCHAR(140) PRIMARY KEY,
    address_title VARCHAR(140) NOT NULL,
    address_type  VARCHAR(20)  NOT NULL,
    address_line1 VARCHAR(255) NOT NULL,
    address_line2 VARCHAR(255),
    city          VARCHAR(140) NOT NULL,
    state         VARCHAR(2)   NOT NULL,
    pincode       VARCHAR(10)  NOT NULL,
    country       VARCHAR(140) NOT NULL DEFAULT 'United States',
    customer      VARCHAR(140) NOT NULL REFERENCES customers (name),
    owner         VARCHAR(140) NOT NULL,
    creation      TIMESTAMP    NOT NULL,
    modified      TIMESTAMP    NOT NULL,
    modified_by   VARCHAR(140) NOT NULL
);
CREATE INDEX addresses_customer ON addresses (customer);

INSERT INTO medgrid_settings (name, owner, creation, modified, modified_by)
VALUES ('Medgrid Settings', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator');
