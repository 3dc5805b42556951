-- Platform tables: users and their roles, browser sessions, naming series.
-- Plain SQL that runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

CREATE TABLE users (
    name            VARCHAR(140) PRIMARY KEY,
    email           VARCHAR(140) NOT NULL,
    full_name       VARCHAR(140) NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    user_type       VARCHAR(20)  NOT NULL,
    api_key         VARCHAR(40),
    api_secret_hash VARCHAR(64),
    password_hash   VARCHAR(400),
    failed_logins   INTEGER      NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP,
    last_login      TIMESTAMP,
    owner           VARCHAR(140) NOT NULL,
    creation        TIMESTAMP    NOT NULL,
    modified        TIMESTAMP    NOT NULL,
    modified_by     VARCHAR(140) NOT NULL
);
CREATE UNIQUE INDEX users_api_key ON users (api_key);
CREATE UNIQUE INDEX users_email ON users (email);

CREATE TABLE user_roles (
    parent VARCHAR(140) NOT NULL REFERENCES users (name) ON DELETE CASCADE,
    role   VARCHAR(60)  NOT NULL,
    PRIMARY KEY (parent, role)
);

CREATE TABLE sessions (
    sid_hash   VARCHAR(64)  PRIMARY KEY,
    user_name  VARCHAR(140) NOT NULL REFERENCES users (name) ON DELETE CASCADE,
    created    TIMESTAMP    NOT NULL,
    expires_at TIMESTAMP    NOT NULL
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);

-- One row per naming-series prefix (e.g. 'SO-2026-'); incremented under a row lock in the
-- inserting transaction, so numbers are unique across threads and cluster members.
CREATE TABLE naming_series (
    prefix        VARCHAR(140) PRIMARY KEY,
    current_value BIGINT       NOT NULL
);
