-- Fulfilment: routing rules (data that admins edit), the dispatch outbox and every attempt.

-- A line goes to the vendor of the enabled rule with the lowest priority whose conditions all hold.
CREATE TABLE fulfillment_routing_rules (
    name                  VARCHAR(140) PRIMARY KEY,
    vendor                VARCHAR(40)  NOT NULL,
    priority              INTEGER      NOT NULL,
    requires_prescription VARCHAR(3),   -- Yes / No; NULL: either
    item_field            VARCHAR(60),  -- an item mapping field that must be set, e.g. sinq_sku
    warehouse             VARCHAR(140), -- the line's warehouse
    enabled               BOOLEAN      NOT NULL DEFAULT TRUE,
    owner                 VARCHAR(140) NOT NULL,
    creation              TIMESTAMP    NOT NULL,
    modified              TIMESTAMP    NOT NULL,
    modified_by           VARCHAR(140) NOT NULL
);

INSERT INTO fulfillment_routing_rules (name, vendor, priority, requires_prescription, item_field, owner, creation, modified, modified_by)
VALUES ('Prescription items to PerfectRx e-script', 'perfectrx', 10, 'Yes', NULL, 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator'),
       ('PerfectRx OTC items', 'perfectrx', 20, 'No', 'perfectrx_drug_description', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator'),
       ('ShipStation products', 'shipstation', 30, NULL, 'shipstation_product_id', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator'),
       ('SINQ products', 'sinq', 40, NULL, 'sinq_sku', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator'),
       ('Centre Research products', 'centre_research', 50, NULL, 'centre_research_product_id', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator'),
       ('Exoceuticals products', 'exoceuticals', 60, NULL, 'exoceuticals_variant_id', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator');

-- The outbox: one row per (order, vendor), written in the submitting transaction, sent by the relay.
CREATE TABLE fulfillment_dispatches (
    name             VARCHAR(140)  PRIMARY KEY,
    sales_order      VARCHAR(140)  NOT NULL REFERENCES sales_orders (name),
    vendor           VARCHAR(40)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP     NOT NULL,
    queued_at        TIMESTAMP     NOT NULL,
    sent_at          TIMESTAMP,
    last_error       VARCHAR(1000),
    vendor_order_id  VARCHAR(140),
    vendor_status    VARCHAR(60),
    vendor_status_at TIMESTAMP,
    tracking_number  VARCHAR(140),
    carrier          VARCHAR(60),
    tracking_url     VARCHAR(500),
    owner            VARCHAR(140)  NOT NULL,
    creation         TIMESTAMP     NOT NULL,
    modified         TIMESTAMP     NOT NULL,
    modified_by      VARCHAR(140)  NOT NULL,
    CONSTRAINT fulfillment_dispatches_order_vendor UNIQUE (sales_order, vendor)
);
-- The relay's sweep: due rows by status and time.
CREATE INDEX fulfillment_dispatches_due ON fulfillment_dispatches (status, next_attempt_at);

CREATE TABLE fulfillment_dispatch_lines (
    name             VARCHAR(140)   PRIMARY KEY,
    parent           VARCHAR(140)   NOT NULL REFERENCES fulfillment_dispatches (name) ON DELETE CASCADE,
    idx              INTEGER        NOT NULL,
    sales_order_item VARCHAR(140)   NOT NULL,
    item_code        VARCHAR(140)   NOT NULL,
    item_name        VARCHAR(255)   NOT NULL,
    qty              NUMERIC(18, 6) NOT NULL,
    rate             NUMERIC(18, 6) NOT NULL,
    warehouse        VARCHAR(140)   NOT NULL
);
CREATE INDEX fulfillment_dispatch_lines_parent ON fulfillment_dispatch_lines (parent);

CREATE TABLE fulfillment_dispatch_attempts (
    name         VARCHAR(140)  PRIMARY KEY,
    parent       VARCHAR(140)  NOT NULL REFERENCES fulfillment_dispatches (name) ON DELETE CASCADE,
    attempted_at TIMESTAMP     NOT NULL,
    outcome      VARCHAR(20)   NOT NULL,
    error        VARCHAR(1000),
    duration_ms  BIGINT        NOT NULL
);
CREATE INDEX fulfillment_dispatch_attempts_parent ON fulfillment_dispatch_attempts (parent, attempted_at);
