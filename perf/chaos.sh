#!/usr/bin/env bash
# Chaos under load on PostgreSQL (issue 17; RESULTS.md, "chaos"): two members of the build on one fresh
# database `medgrid_chaos`, then perf/chaos.py: 1,000 orders from 4 concurrent partners while the vendors'
# simulators storm (timeouts, 5xx, 429), member 2 is killed (kill -9) and started again, and SINQ webhooks
# arrive twice and out of order; it checks exactly-once dispatch, webhooks applied once, no status moving
# backwards, no 5xx from MedGrid, and prints the drain time. Loopback only; exits non-zero if a check fails.
#   perf/chaos.sh [--orders N] [--seconds S]     (chaos.py's options; --orders 100 for a quick run)
# Ports: member 1 9190/9553, member 2 9191/9554 (PORT and SECOND_PORT move them). Needs psql, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-9190}
DB=${DB:-medgrid_chaos}
SECOND=medgrid-2
SECOND_PORT=${SECOND_PORT:-$((PORT + 1))}
source perf/lib.sh

stop_members() {
  member stop "$SECOND" || true
  stop_server
}

echo "== a fresh database $DB (every run starts from the migrations: no earlier run's dispatches or polls)"
dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
# The development build's settings, but for two kept at production values. The status poll: every 10 s
# there, it would spend Centre Research's whole rate limit (120 calls a minute, shared with placing orders)
# on 1,000 open orders. The dispatch claim lease: the development build's 20 s assumes a quiet machine
# whose sandbox calls end within 3 s; under this load a try can outlast it, and a lapsed claim is sent again.
echo "== member 1 on port $PORT (the development build: sandbox simulators on, demo data off, status poll every ${POLL_INTERVAL:=PT2M}, claim lease ${CLAIM_LEASE:=PT2M})"
start_server "-Dliberty.var.medgrid.fulfillment.poll-interval=$POLL_INTERVAL" "-Dliberty.var.medgrid.fulfillment.claim-lease=$CLAIM_LEASE"
trap stop_members EXIT
echo "== member 2 on port $SECOND_PORT: a copy of member 1's server"
copy_member "$SECOND" "$SECOND_PORT" "$((SECOND_PORT + 363))"
member start "$SECOND"
wait_ready "http://localhost:$SECOND_PORT"

python3 perf/chaos.py --member1 "$BASE" --member2 "http://localhost:$SECOND_PORT" --admin-token "$(admin_token)" \
  --wlp "$WLP" --second "$SECOND" --db "$DB" "$@" | tee "$OUT/chaos.txt"
