#!/usr/bin/env bash
# Catalog and order benchmark on PostgreSQL (see RESULTS.md). Needs wrk, psql and a local
# PostgreSQL that trusts user postgres. Every figure is also given as a ratio to /api/method/ping
# measured in the same run, because this machine is small and noisy.
#   perf/run.sh [seconds-per-endpoint]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-20}
source perf/lib.sh

echo "== starting the server on PostgreSQL database $DB"
start_server
trap stop_server EXIT

echo "== generating 100k items x 5 warehouses"
psql_perf -q -f perf/generate-catalog.sql

echo "== API key for the administrator"
AUTH="Authorization: token $(admin_token)"

echo "== query plan of search_items (warehouse-wide search)" | tee "$OUT/plan.txt"
psql_perf >> "$OUT/plan.txt" <<'SQL'
EXPLAIN (ANALYZE, BUFFERS)
SELECT t0.name, t0.item_name, t1.price_list_rate, (t2.actual_qty - t2.reserved_qty), t2.warehouse
FROM bins t2 JOIN items t0 ON t0.name = t2.item_code
LEFT OUTER JOIN item_prices t1 ON t1.item_code = t2.item_code AND t1.price_list = 'Perf Selling'
WHERE t2.actual_qty > 0 AND t0.disabled = false
  AND t0.search_text LIKE '%serum omega%'
ORDER BY t0.item_name, t0.name, t2.warehouse LIMIT 20;
SQL
cat "$OUT/plan.txt"

run() { # name, then wrk arguments
  local name=$PHASE$1; shift
  curl -sf -H "$AUTH" "$BASE/api/method/ping" >/dev/null
  wrk -t2 -c8 -d15s -H "$AUTH" "$@" >/dev/null           # warm-up: the JIT needs it on 2 cores
  wrk -t2 -c8 -d"${DURATION}s" --latency -H "$AUTH" "$@" > "$OUT/$name.txt"
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/$name.txt")
  p99=$(awk '$1=="99%" {print $2}' "$OUT/$name.txt")
  local errors
  errors=$(awk '/Non-2xx/ {print $5}' "$OUT/$name.txt")
  echo "$name $rps $p99 ${errors:-0}" >> "$OUT/summary.txt"
}

# The JIT on 2 cores needs about a minute of load before a freshly started server settles; ping
# is measured before and after the catalog reads and the faster of the two is the ceiling.
warm_up() {
  wrk -t2 -c8 -d45s -H "$AUTH" "$BASE/api/method/ping" >/dev/null
  wrk -t2 -c8 -d15s -H "$AUTH" -s perf/search.lua "$BASE" >/dev/null
  wrk -t2 -c8 -d15s -H "$AUTH" -s perf/warehouse.lua "$BASE" >/dev/null
}

rm -f "$OUT/summary.txt"
echo "== load: ${DURATION}s per endpoint, 2 threads, 8 connections"
PHASE=
warm_up
run ping "$BASE/api/method/ping"
run search_items -s perf/search.lua "$BASE"
run items_in_warehouse -s perf/warehouse.lua "$BASE"
run ping_again "$BASE/api/method/ping"
run order_create_submit -s perf/order.lua "$BASE"

echo "== full catalog sync: GraphQL cursor pages vs /api/resource offset pages"
python3 perf/graphql-sync.py "$BASE" "${AUTH#Authorization: }" 500 | tee "$OUT/graphql_sync.md"

echo "== inbound webhooks: verify signature + nonce + inbox insert + 2xx"
connect_perfectrx "$AUTH"
RUN_ID=$(date +%s)
python3 perf/signed-webhooks.py perf-secret "$RUN_ID" 150000 "$OUT/webhooks.tsv"
curl -sf -H "$AUTH" "$BASE/api/method/ping" >/dev/null
wrk -t2 -c8 -d"${DURATION}s" --latency -s perf/webhook.lua "$BASE" -- "$OUT/webhooks.tsv" > "$OUT/webhook_ingest.txt"
rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/webhook_ingest.txt")
p99=$(awk '$1=="99%" {print $2}' "$OUT/webhook_ingest.txt")
sent=$(awk '/requests in/ {print $1}' "$OUT/webhook_ingest.txt")
errors=$(awk '/Non-2xx/ {print $5}' "$OUT/webhook_ingest.txt")
echo "webhook_ingest $rps $p99 ${errors:-0}" >> "$OUT/summary.txt"
stored=$(psql_perf -Atc \
  "SELECT count(*) FROM webhook_inbox WHERE source = 'perfectrx' AND body LIKE '%P-${RUN_ID}-%'")
echo "webhooks answered 2xx: $((sent - ${errors:-0})), stored in the inbox: $stored" | tee "$OUT/webhook_lost.txt"

echo "== catalog reads again with the catalog read cache off (every request reads the database)"
stop_server
start_server -Dliberty.var.medgrid.catalog.read-cache-seconds=0
PHASE=uncached:
warm_up
run ping "$BASE/api/method/ping"
run search_items -s perf/search.lua "$BASE"
run items_in_warehouse -s perf/warehouse.lua "$BASE"
run ping_again "$BASE/api/method/ping"

python3 - "$OUT/summary.txt" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1])]
phase = lambda name: name.rpartition(":")[0]
# Each phase is compared with the faster of its two pings.
ceiling = {}
for name, rps, _, _ in rows:
    if name.rpartition(":")[2].startswith("ping"):
        ceiling[phase(name)] = max(ceiling.get(phase(name), 0), float(rps))
print("| endpoint | req/s | p99 | non-2xx | req/s vs ping |")
print("|---|---|---|---|---|")
for name, rps, p99, errors in rows:
    print(f"| {name} | {float(rps):.0f} | {p99} | {errors} | {float(rps) / ceiling[phase(name)]:.0%} |")
PY
