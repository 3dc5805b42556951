-- Benchmark catalog for PostgreSQL: 100,000 items stocked in 5 warehouses (500,000 bins) with a
-- price each, plus one customer to order for. Run against a database that Flyway has migrated
-- (start the server once against it first). Idempotent: re-running changes nothing.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO companies (name, abbr, default_currency, owner, creation, modified, modified_by)
VALUES ('Perf Medical', 'PM', 'USD', 'perf', now(), now(), 'perf') ON CONFLICT DO NOTHING;

INSERT INTO warehouses (name, warehouse_name, company, owner, creation, modified, modified_by)
SELECT 'Perf W' || w || ' - PM', 'Perf W' || w, 'Perf Medical', 'perf', now(), now(), 'perf'
FROM generate_series(1, 5) AS w ON CONFLICT DO NOTHING;

INSERT INTO price_lists (name, currency, owner, creation, modified, modified_by)
VALUES ('Perf Selling', 'USD', 'perf', now(), now(), 'perf') ON CONFLICT DO NOTHING;

-- Names combine a product word, a form and a strength so that searches hit a realistic share.
INSERT INTO items (name, item_code, item_name, description, stock_uom, owner, creation, modified, modified_by)
SELECT 'PERF-' || i, 'PERF-' || i,
       (ARRAY['Peptide','Vitamin','Hormone','Syringe','Serum','Capsule','Glove','Bandage','Solution','Cream'])[1 + i % 10]
           || ' ' || (ARRAY['Alpha','Beta','Gamma','Delta','Sigma','Omega','Prime','Ultra'])[1 + (i / 10) % 8]
           || ' ' || (1 + i % 500) || 'mg',
       'Benchmark product number ' || i || ' for clinics and pharmacies',
       'Box', 'perf', now(), now(), 'perf'
FROM generate_series(1, 100000) AS i ON CONFLICT DO NOTHING;
-- search_text is kept by the application (Item.refreshSearchText); rows inserted here need it too.
UPDATE items SET search_text = lower(item_name || ' ' || coalesce(description, '')) WHERE search_text IS NULL;

INSERT INTO bins (name, item_code, warehouse, actual_qty, reserved_qty, projected_qty, owner, creation, modified, modified_by)
SELECT 'PERF-' || i || ' - Perf W' || w || ' - PM', 'PERF-' || i, 'Perf W' || w || ' - PM',
       1000000, 0, 1000000, 'perf', now(), now(), 'perf'
FROM generate_series(1, 100000) AS i, generate_series(1, 5) AS w ON CONFLICT DO NOTHING;

INSERT INTO item_prices (name, item_code, price_list, price_list_rate, currency, owner, creation, modified, modified_by)
SELECT 'PERF-' || i || ' - Perf Selling', 'PERF-' || i, 'Perf Selling', 5 + (i % 200), 'USD', 'perf', now(), now(), 'perf'
FROM generate_series(1, 100000) AS i ON CONFLICT DO NOTHING;

INSERT INTO customers (name, customer_name, default_price_list, owner, creation, modified, modified_by)
VALUES ('Perf Clinic', 'Perf Clinic', 'Perf Selling', 'perf', now(), now(), 'perf') ON CONFLICT DO NOTHING;
COMMIT;
ANALYZE items; ANALYZE bins; ANALYZE item_prices;
