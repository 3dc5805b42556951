#!/usr/bin/env bash
# The two write hot paths against what PostgreSQL itself does on this machine, in the same run
# (RESULTS.md, "hot paths"):
#   Sales Order create + submit  vs  pgbench's built-in TPC-B-like transaction (scale 10)
#   PerfectRx webhook ingest     vs  pgbench running one one-row insert per transaction (one-row-insert.sql)
# Every load uses 8 connections on 2 threads (wrk -t2 -c8, pgbench -c8 -j2). Each pgbench ceiling is
# run before and after the MedGrid load it bounds and the faster run counts: the machine is noisy.
# One more ceiling: the one-row insert on a single connection, one commit after another. Gap-free order
# names hold the series' counter until the order commits, so orders can never go faster than that.
#   perf/hot-paths.sh [seconds-per-load]      (needs wrk, pgbench, psql, python3, bc and the JDK's jstat)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
PORT=${PORT:-9190}
source perf/lib.sh
PGBENCH_DB=pgbench_perf

echo "== server on PostgreSQL database $DB, port $PORT"
start_server
trap stop_server EXIT
psql_perf -q -f perf/generate-catalog.sql
AUTH="Authorization: token $(admin_token)"
connect_perfectrx "$AUTH"

echo "== pgbench database (scale 10: more branches than clients, so rows are not the bottleneck)"
ensure_database "$PGBENCH_DB"
pgbench -h 127.0.0.1 -U postgres -i -s 10 -q "$PGBENCH_DB" 2>/dev/null
psql -h 127.0.0.1 -U postgres -d "$PGBENCH_DB" -qc "DROP TABLE IF EXISTS one_row_inbox;
  CREATE TABLE one_row_inbox (id bigserial PRIMARY KEY, dedupe_key text NOT NULL, body text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()); CREATE INDEX ON one_row_inbox (dedupe_key)"

pgbench_run() { # name, then pgbench arguments (which may set fewer clients)
  pgbench -h 127.0.0.1 -U postgres -c8 -j2 -T"$DURATION" "${@:2}" "$PGBENCH_DB" > "$OUT/$1.txt" 2>/dev/null
  echo "$1 $(pgbench_tps "$OUT/$1.txt")" | tee -a "$OUT/hot-paths.txt"
}
wrk_run() { # name, then wrk arguments
  wrk -t2 -c8 -d"${DURATION}s" --latency -H "$AUTH" "${@:2}" > "$OUT/$1.txt"
  echo "$1 $(wrk_figures "$OUT/$1.txt")" | tee -a "$OUT/hot-paths.txt"
}
signed_webhooks() { # file: fresh nonces and timestamps (the signature window is five minutes)
  python3 perf/signed-webhooks.py perf-secret "$(date +%s%N)" 150000 "$1"
}
stored_webhooks() { # file: how many of its events are in the inbox
  local run_id
  run_id=$(head -1 "$1" | sed 's/.*"patientId":"P-\([0-9]*\)-.*/\1/')
  psql_perf -Atc "SELECT count(*) FROM webhook_inbox WHERE source = 'perfectrx' AND body LIKE '%P-${run_id}-%'"
}

# The JIT compiles Liberty and MedGrid for minutes on 2 cores, on the cores the load needs: after a
# minute of orders the compiler threads still used a whole core, and orders ran at 60 % of their later
# rate. Each load is therefore repeated until a 20 s round adds under a second of compile time.
jit_seconds() { jstat -compiler "$(pgrep -f 'ws-server.jar medgrid')" | awk 'NR == 2 {print $4}'; }
warm_up() { # name, then the command of one 20 s round
  local before after round
  for round in $(seq 12); do
    before=$(jit_seconds)
    "${@:2}" >/dev/null
    after=$(jit_seconds)
    echo "warm-up $1 round $round: the JIT compiled for $(echo "$after - $before" | bc) s"
    [ "$(echo "$after - $before < 1" | bc)" = 1 ] && return 0
  done
}
webhooks_round() { # fresh nonces each round: a replayed webhook is refused before it does the work
  signed_webhooks "$OUT/webhooks-warm-up.tsv"
  wrk -t2 -c8 -d20s -s perf/webhook.lua "$BASE" -- "$OUT/webhooks-warm-up.tsv"
}

echo "== warm-up, each load until the JIT has settled"
warm_up ping wrk -t2 -c8 -d20s -H "$AUTH" "$BASE/api/method/ping"
warm_up orders wrk -t2 -c8 -d20s -H "$AUTH" -s perf/order.lua "$BASE"
warm_up webhooks webhooks_round

rm -f "$OUT/hot-paths.txt"
echo "== ${DURATION}s per load, 8 connections"
wrk_run ping "$BASE/api/method/ping"
pgbench_run pgbench_tpcb
wrk_run order_create_submit -s perf/order.lua "$BASE"
pgbench_run pgbench_tpcb_again
pgbench_run pgbench_serial_commits -c1 -j1 -f perf/one-row-insert.sql
pgbench_run pgbench_insert -f perf/one-row-insert.sql
signed_webhooks "$OUT/webhooks.tsv"
wrk_run webhook_ingest -s perf/webhook.lua "$BASE" -- "$OUT/webhooks.tsv"
pgbench_run pgbench_insert_again -f perf/one-row-insert.sql

read -r _ _ errors sent < <(wrk_figures "$OUT/webhook_ingest.txt")
echo "webhooks answered 2xx: $((sent - errors)), stored in the inbox: $(stored_webhooks "$OUT/webhooks.tsv")" \
  | tee "$OUT/webhook_lost.txt"

python3 - "$OUT/hot-paths.txt" <<'PY'
import sys
rows = {line.split()[0]: line.split()[1:] for line in open(sys.argv[1])}
rate = lambda name: float(rows[name][0])
tpcb = max(rate("pgbench_tpcb"), rate("pgbench_tpcb_again"))
insert = max(rate("pgbench_insert"), rate("pgbench_insert_again"))
print("| load | per second | p99 | non-2xx | vs its database limit |")
print("|---|---|---|---|---|")
print(f"| ping (authenticated) | {rate('ping'):.0f} | {rows['ping'][1]} | {rows['ping'][2]} | |")
print(f"| pgbench TPC-B-like (best of two) | {tpcb:.0f} | | | 100 % |")
serial = rate("pgbench_serial_commits")
print(f"| pgbench one-row insert, 1 client (commits one after another) | {serial:.0f} | | | |")
print(f"| Sales Order create + submit | {rate('order_create_submit'):.0f} | {rows['order_create_submit'][1]} "
      f"| {rows['order_create_submit'][2]} | {rate('order_create_submit') / tpcb:.0%} "
      f"({rate('order_create_submit') / serial:.0%} of serial commits) |")
print(f"| pgbench one-row insert (best of two) | {insert:.0f} | | | 100 % |")
print(f"| PerfectRx webhook ingest | {rate('webhook_ingest'):.0f} | {rows['webhook_ingest'][1]} "
      f"| {rows['webhook_ingest'][2]} | {rate('webhook_ingest') / insert:.0%} |")
PY
