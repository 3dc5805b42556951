-- pgbench -f: the physical limit for webhook ingest, one durable one-row insert per transaction
-- (an inbox row's size: a key and a JSON body of about 100 bytes).
INSERT INTO one_row_inbox (dedupe_key, body) VALUES (md5(random()::text), repeat('x', 100));
