-- Vendor integrations (ShipStation, Shopify...): one connection per vendor and integration, or a
-- platform-managed one (vendor_profile NULL) that admins configure. Credentials are sealed with
-- AES-GCM (SECRETS_KEY) and never returned; the webhook token is kept as its SHA-256 for lookup.
CREATE TABLE integration_connections (
    name               VARCHAR(140)  PRIMARY KEY,
    integration        VARCHAR(40)   NOT NULL,
    vendor_profile     VARCHAR(140)  REFERENCES vendor_profiles (name),
    status             VARCHAR(20)   NOT NULL,
    credentials        VARCHAR(4000),
    webhook_token_hash VARCHAR(64)   UNIQUE,
    last_sync_at       TIMESTAMP,
    last_error         VARCHAR(1000),
    orders_pushed      INTEGER       NOT NULL DEFAULT 0,
    tracking_pulled    INTEGER       NOT NULL DEFAULT 0,
    owner              VARCHAR(140)  NOT NULL,
    creation           TIMESTAMP     NOT NULL,
    modified           TIMESTAMP     NOT NULL,
    modified_by        VARCHAR(140)  NOT NULL
);

-- Which Vendor Profile sells each dispatched line: a vendor's own integration ships its lines.
ALTER TABLE fulfillment_dispatch_lines ADD COLUMN supplier VARCHAR(140);

-- ShipStation's label, as the integration guide lists it among the order's fields.
ALTER TABLE sales_orders ADD COLUMN shipstation_label_url VARCHAR(500);
