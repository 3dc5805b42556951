-- Webhooks as vendors really send them. A verified event body is stored whatever its size up to
-- the request limit (1 MiB): TEXT has no declared length on PostgreSQL, and H2 in PostgreSQL mode
-- maps it to its longest CHARACTER VARYING (10^9 characters), so both read it as a plain string.
ALTER TABLE webhook_inbox ALTER COLUMN body SET DATA TYPE TEXT;
