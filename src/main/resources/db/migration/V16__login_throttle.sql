-- Login throttling by client address (LoginThrottle), replacing the per-account counter on the
-- users row: that counter let anyone lock any account out and told who had an account.
-- One row per (client address, account) pair and one per client address (account_key '*').
-- account_key is the SHA-256 of the account name (trimmed, lower case), so names of accounts
-- that do not exist (or passwords typed into the name field) are never stored.
CREATE TABLE login_throttle (
    client_address VARCHAR(64) NOT NULL,
    account_key    VARCHAR(64) NOT NULL,
    failures       INTEGER     NOT NULL,
    window_ends    TIMESTAMP   NOT NULL,
    PRIMARY KEY (client_address, account_key)
);
CREATE INDEX login_throttle_window_ends ON login_throttle (window_ends);

ALTER TABLE users DROP COLUMN failed_logins;
ALTER TABLE users DROP COLUMN locked_until;

-- Every browser session gets a CSRF token (only its SHA-256 is kept). Sessions opened before
-- this migration have none, so they end here and their users log in again.
DELETE FROM sessions;
ALTER TABLE sessions ADD COLUMN csrf_token_hash VARCHAR(64) NOT NULL;
