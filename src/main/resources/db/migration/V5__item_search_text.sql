-- search_items matches one lower-cased column of name and description instead of two expressions.
ALTER TABLE items ADD COLUMN search_text VARCHAR(20400);
UPDATE items SET search_text = LOWER(item_name || ' ' || COALESCE(description, ''));
