-- A long sync (a vendor's catalog, its inventory) shows its progress on the connection while it runs.
ALTER TABLE integration_connections ADD COLUMN sync_started_at TIMESTAMP;
ALTER TABLE integration_connections ADD COLUMN sync_progress VARCHAR(2000);  -- JSON object of counts
