-- A bin knows whether its item is disabled, so that a page of a warehouse's sellable stock can be
-- cut from the bins alone (no join per skipped row) before the page's rows are joined to items.
ALTER TABLE bins ADD COLUMN item_disabled BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE bins SET item_disabled = TRUE WHERE item_code IN (SELECT name FROM items WHERE disabled = TRUE);
