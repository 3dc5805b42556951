-- OAuth2 for EMRs and Custom Apps (Frappe's "OAuth Client" and "OAuth Bearer Token" DocTypes),
-- and API keys limited to scopes.
CREATE TABLE oauth_clients (
    name                VARCHAR(140)  PRIMARY KEY,  -- the client_id
    app_name            VARCHAR(140)  NOT NULL,
    user_name           VARCHAR(140)  NOT NULL REFERENCES users (name),  -- whose roles the client acts with
    scopes              VARCHAR(1000) NOT NULL,     -- JSON list of the scopes it may ask for
    client_secret_hash  VARCHAR(64)   NOT NULL,     -- SHA-256 hex: the secret is shown once, at creation
    enabled             BOOLEAN       NOT NULL DEFAULT TRUE,
    owner               VARCHAR(140)  NOT NULL,
    creation            TIMESTAMP     NOT NULL,
    modified            TIMESTAMP     NOT NULL,
    modified_by         VARCHAR(140)  NOT NULL
);
CREATE INDEX oauth_clients_user ON oauth_clients (user_name);

-- Access tokens are kept as their SHA-256 only: a copy of the database holds no usable token.
CREATE TABLE oauth_bearer_tokens (
    token_hash  VARCHAR(64)   PRIMARY KEY,
    client      VARCHAR(140)  NOT NULL REFERENCES oauth_clients (name) ON DELETE CASCADE,
    scopes      VARCHAR(1000) NOT NULL,  -- JSON list of the scopes granted
    issued_at   TIMESTAMP     NOT NULL,
    expires_at  TIMESTAMP     NOT NULL,
    revoked_at  TIMESTAMP
);
CREATE INDEX oauth_bearer_tokens_client ON oauth_bearer_tokens (client);
CREATE INDEX oauth_bearer_tokens_expiry ON oauth_bearer_tokens (expires_at);

ALTER TABLE users ADD COLUMN api_key_scopes VARCHAR(1000);
