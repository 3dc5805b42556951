-- Idempotency-Key: the first answer to a caller's POST/PUT with a key, kept for 24 h so that a retry
-- with the same key gets it again instead of doing the work twice. In the database, so that every
-- cluster member sees the key the moment it is taken.
CREATE TABLE idempotency_keys (
    caller         VARCHAR(140)  NOT NULL,
    idem_key       VARCHAR(255)  NOT NULL,
    request_hash   VARCHAR(64)   NOT NULL,  -- SHA-256 of method, path, query and body
    status         VARCHAR(20)   NOT NULL,  -- Running, Done
    response_code  INTEGER,
    content_type   VARCHAR(200),
    response_body  TEXT,
    created_at     TIMESTAMP     NOT NULL,
    expires_at     TIMESTAMP     NOT NULL,
    PRIMARY KEY (caller, idem_key)
);
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);
