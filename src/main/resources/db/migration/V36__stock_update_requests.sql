-- Stock Update Requests: a vendor asks to add to, remove from or set the stock of one of its items
-- in a warehouse; a marketplace officer approves (the bin changes in the same transaction) or rejects.
-- vendor is the item's default_supplier when the request was made: the Vendor Profile that sees it.
CREATE TABLE stock_update_requests (
    name             VARCHAR(140)   PRIMARY KEY,
    item             VARCHAR(140)   NOT NULL REFERENCES items (name),
    action           VARCHAR(10)    NOT NULL,
    warehouse        VARCHAR(140)   NOT NULL REFERENCES warehouses (name),
    quantity         NUMERIC(18, 6) NOT NULL,
    reason           VARCHAR(500)   NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    vendor           VARCHAR(140)   REFERENCES vendor_profiles (name),
    rejection_reason VARCHAR(500),
    reviewed_by      VARCHAR(140),
    reviewed_at      TIMESTAMP,
    owner            VARCHAR(140)   NOT NULL,
    creation         TIMESTAMP      NOT NULL,
    modified         TIMESTAMP      NOT NULL,
    modified_by      VARCHAR(140)   NOT NULL
);
CREATE INDEX stock_update_requests_vendor ON stock_update_requests (vendor, creation);
CREATE INDEX stock_update_requests_status ON stock_update_requests (status, creation);
