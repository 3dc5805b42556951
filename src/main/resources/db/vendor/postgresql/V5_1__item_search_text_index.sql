-- One trigram index over search_text replaces the two expression indexes: with an OR of two
-- conditions the planner preferred a sequential scan that evaluated lower() on every row.
DROP INDEX items_item_name_trgm;
DROP INDEX items_description_trgm;
CREATE INDEX items_search_text_trgm ON items USING gin (search_text gin_trgm_ops);
