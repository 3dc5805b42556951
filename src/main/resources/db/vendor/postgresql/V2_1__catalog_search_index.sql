-- search_items matches lower(item_name) / lower(description) with LIKE '%term%': trigram GIN
-- indexes keep that fast at 100k+ items. Creating the extension needs a role allowed to do so.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX items_item_name_trgm ON items USING gin (lower(item_name) gin_trgm_ops);
CREATE INDEX items_description_trgm ON items USING gin (lower(description) gin_trgm_ops);
