-- Inbound webhooks, stored raw once verified and before they are processed. A vendor's event
-- identity is unique per source, so a redelivered event is recognised and acknowledged only.
CREATE TABLE webhook_inbox (
    name         VARCHAR(140)    PRIMARY KEY,
    source       VARCHAR(40)     NOT NULL,
    dedupe_key   VARCHAR(255)    NOT NULL,
    event_type   VARCHAR(60),
    event_at     TIMESTAMP,
    received_at  TIMESTAMP       NOT NULL,
    body         VARCHAR(100000) NOT NULL,
    status       VARCHAR(20)     NOT NULL,
    attempts     INTEGER         NOT NULL DEFAULT 0,
    processed_at TIMESTAMP,
    error        VARCHAR(1000),
    CONSTRAINT webhook_inbox_dedupe UNIQUE (source, dedupe_key)
);
CREATE INDEX webhook_inbox_pending ON webhook_inbox (status, received_at);
