#!/usr/bin/env bash
# Server start to ready on the development build (demo data and sandbox on, H2): the wall time from
# `server start` to Liberty's CWWKF0011I ("ready to run a smarter planet"), first on an empty database
# (migrations and the demo load) and then on the loaded one (a restart), each RUNS times. Prints the log
# milestones of the last start, so what dominates can be read off. Needs the server created by
#   ./mvnw -DskipTests package liberty:create liberty:deploy
#   perf/start-time.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-3}
WLP=target/liberty/wlp
SERVER=$WLP/usr/servers/medgrid
LOG=$SERVER/logs/messages.log

start_once() { # prints seconds from launch to CWWKF0011I
  "$WLP/bin/server" stop medgrid >/dev/null 2>&1 || true
  rm -f "$LOG"
  local begin end
  begin=$(date +%s.%N)
  "$WLP/bin/server" start medgrid >/dev/null
  until grep -q CWWKF0011I "$LOG" 2>/dev/null; do sleep 0.1; done
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $begin:.1f}')"
}

milestones() {
  grep -E "CWWKE0001I|CWWKF0007I|Flyway|Migrat|Demo data|CWWKZ0001I|CWWKF0008I|CWWKF0011I" "$LOG" \
    | sed -E 's/^\[([^]]+)\] [0-9a-f]+ ([A-Za-z.]+) +[A-Z] /\1  /' | cut -c1-170
}

for kind in empty loaded; do
  for run in $(seq "$RUNS"); do
    if [ "$kind" = empty ]; then rm -rf "$SERVER/data"; fi
    echo "$kind database, run $run: $(start_once) s"
  done
done
echo "== milestones of the last start"
milestones
"$WLP/bin/server" stop medgrid >/dev/null 2>&1 || true
