-- What the vendor simulators (SANDBOX=true) remember: accounts, orders, shipments, webhook
-- subscriptions, as JSON per vendor, account, kind and key (name: the SHA-256 of those four);
-- due_at marks an order a simulator ships by itself. Kept in the database so the demo behaves like
-- the real vendor after any restart.
CREATE TABLE sandbox_records (
    name       VARCHAR(64)  PRIMARY KEY,
    vendor     VARCHAR(40)  NOT NULL,
    account    VARCHAR(140) NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    record_key VARCHAR(300) NOT NULL,
    body       TEXT         NOT NULL,
    due_at     TIMESTAMP,
    created    TIMESTAMP    NOT NULL,
    modified   TIMESTAMP    NOT NULL
);
CREATE INDEX sandbox_records_kind ON sandbox_records (vendor, account, kind);
CREATE INDEX sandbox_records_due ON sandbox_records (due_at);
