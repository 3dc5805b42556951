-- Outbound webhook subscriptions: a partner's, vendor's or admin's endpoint and the events it wants.
-- The owner is the subscriber: what it may receive follows that user's access. Signing secrets are
-- sealed with AES-GCM (SECRETS_KEY) and never returned after creation or rotation; after a rotation
-- the previous secret keeps signing until previous_secret_expires_at.
CREATE TABLE webhook_subscriptions (
    name                       VARCHAR(140)  PRIMARY KEY,
    url                        VARCHAR(2000) NOT NULL,
    events                     VARCHAR(1000) NOT NULL,
    enabled                    BOOLEAN       NOT NULL DEFAULT TRUE,
    description                VARCHAR(500),
    secret                     VARCHAR(200)  NOT NULL,
    previous_secret            VARCHAR(200),
    previous_secret_expires_at TIMESTAMP,
    owner                      VARCHAR(140)  NOT NULL,
    creation                   TIMESTAMP     NOT NULL,
    modified                   TIMESTAMP     NOT NULL,
    modified_by                VARCHAR(140)  NOT NULL
);
CREATE INDEX webhook_subscriptions_owner ON webhook_subscriptions (owner);
