-- Shopify OAuth installs in flight: the state nonce sent to Shopify, single-use and short-lived,
-- in the database so that the callback may reach any cluster member.
CREATE TABLE shopify_oauth_states (
    state           VARCHAR(64)  PRIMARY KEY,
    shop            VARCHAR(255) NOT NULL,
    integration     VARCHAR(40)  NOT NULL,  -- which connection the token is for
    vendor_profile  VARCHAR(140),           -- a vendor's own store; NULL for the platform's
    requested_by    VARCHAR(140) NOT NULL,
    expires_at      TIMESTAMP    NOT NULL
);
CREATE INDEX shopify_oauth_states_expiry ON shopify_oauth_states (expires_at);
