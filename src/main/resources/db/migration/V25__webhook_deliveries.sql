-- Outbound webhooks. An event is written to webhook_events in the transaction of the change it
-- reports (the outbox); the relay then fans it out, one delivery per subscription whose owner may
-- read its subject, and sends each delivery with retries. Every attempt is kept for the log.
CREATE TABLE webhook_events (
    name        VARCHAR(40)   PRIMARY KEY,   -- the event id receivers dedupe by (evt_...)
    event       VARCHAR(40)   NOT NULL,
    sales_order VARCHAR(140),
    item_code   VARCHAR(140),
    payload     VARCHAR(4000) NOT NULL,      -- the JSON body a subscriber who sees everything receives
    occurred_at TIMESTAMP     NOT NULL,
    fanned_out  BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX webhook_events_fan_out ON webhook_events (fanned_out, occurred_at);

CREATE TABLE webhook_deliveries (
    name             VARCHAR(40)   PRIMARY KEY,
    subscription     VARCHAR(140)  NOT NULL REFERENCES webhook_subscriptions (name) ON DELETE CASCADE,
    event_id         VARCHAR(40)   NOT NULL REFERENCES webhook_events (name),
    event            VARCHAR(40)   NOT NULL,
    payload          VARCHAR(4000) NOT NULL,  -- as this subscriber may read it
    status           VARCHAR(20)   NOT NULL,  -- Pending, Sending, Delivered, Failed
    attempts         INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP     NOT NULL,  -- when due; while Sending, when the claim lapses
    queued_at        TIMESTAMP     NOT NULL,  -- since when it is being retried (reset by a replay)
    delivered_at     TIMESTAMP,
    last_status_code INTEGER,
    last_error       VARCHAR(1000),
    owner            VARCHAR(140)  NOT NULL,  -- the subscription's owner: whose log this is
    creation         TIMESTAMP     NOT NULL,
    modified         TIMESTAMP     NOT NULL,
    modified_by      VARCHAR(140)  NOT NULL,
    CONSTRAINT webhook_deliveries_once UNIQUE (subscription, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_owner ON webhook_deliveries (owner, creation);

CREATE TABLE webhook_delivery_attempts (
    name          VARCHAR(40)   PRIMARY KEY,
    parent        VARCHAR(40)   NOT NULL REFERENCES webhook_deliveries (name) ON DELETE CASCADE,
    idx           INTEGER       NOT NULL,
    attempted_at  TIMESTAMP     NOT NULL,
    status_code   INTEGER,                   -- null: no HTTP answer (timeout, refused connection)
    latency_ms    BIGINT        NOT NULL,
    response      VARCHAR(500),              -- the start of the receiver's answer
    error         VARCHAR(1000)
);
CREATE INDEX webhook_delivery_attempts_parent ON webhook_delivery_attempts (parent, idx);

-- A subscription that keeps failing is disabled after a while, saying why.
ALTER TABLE webhook_subscriptions ADD COLUMN failing_since TIMESTAMP;
ALTER TABLE webhook_subscriptions ADD COLUMN disabled_reason VARCHAR(500);
