# Shared by the perf/ scripts: the benchmark database, the server on it, an API key. Source it after
# `cd` to the repository root; set PORT first to run beside another server (default 9080).
PORT=${PORT:-9080}
HTTPS_PORT=${HTTPS_PORT:-$((PORT + 363))}
DB=${DB:-medgrid_perf}
BASE=http://localhost:$PORT
OUT=${OUT:-perf/results}
mkdir -p "$OUT"

psql_perf() { psql -h 127.0.0.1 -U postgres -d "$DB" "$@"; }

ensure_database() { # name
  psql -h 127.0.0.1 -U postgres -Atc "SELECT 1 FROM pg_database WHERE datname='$1'" | grep -q 1 \
    || createdb -h 127.0.0.1 -U postgres "$1"
}

start_server() { # extra Maven arguments
  ensure_database "$DB"
  ./mvnw -B -q -Ppostgres -DskipTests -Dhttp.port="$PORT" -Dhttps.port="$HTTPS_PORT" \
    -Dliberty.var.DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" -Dliberty.var.DEMO_DATA=false "$@" \
    package liberty:create liberty:deploy liberty:start
}

stop_server() { ./mvnw -B -q liberty:stop >/dev/null 2>&1 || true; }

# Prints "KEY:SECRET" of a fresh API key for the administrator (a session's write needs its CSRF token).
admin_token() {
  local login keys
  login=$(curl -sf -c "$OUT/cookies" -H 'Content-Type: application/json' \
    -d '{"usr":"admin@medgrid.local","pwd":"medgrid-admin"}' "$BASE/api/method/login")
  keys=$(curl -sf -b "$OUT/cookies" -X POST -H "X-Frappe-CSRF-Token: $(json_field "$login" csrf_token)" \
    "$BASE/api/method/frappe.core.doctype.user.user.generate_keys")
  echo "$(json_field "$keys" message.api_key):$(json_field "$keys" message.api_secret)"
}

json_field() { # JSON text, dotted path
  python3 -c 'import json,sys,functools; print(functools.reduce(lambda v, k: v[k], sys.argv[2].split("."), json.loads(sys.argv[1])))' "$1" "$2"
}

connect_perfectrx() { # Authorization header; the webhooks are signed with client_secret perf-secret
  curl -sf -H "$1" -H 'Content-Type: application/json' -d '{"integration_type": "perfectrx", "client_id": "perf-client",
    "client_secret": "perf-secret", "default_practice_id": "PERF"}' "$BASE/api/method/medgrid.integrations.connect" >/dev/null
}

# wrk's figures as "req/s p99 non-2xx sent" from its --latency report.
wrk_figures() { # report file
  awk '/Requests\/sec/ {rps=$2} $1=="99%" {p99=$2} /Non-2xx/ {errors=$5} /requests in/ {sent=$1}
       END {print rps, p99, (errors ? errors : 0), sent}' "$1"
}

# pgbench's transactions per second from its report.
pgbench_tps() { # report file
  awk -F'= ' '/^tps/ {split($2, a, " "); print a[1]}' "$1"
}

# More members of the build's server on the same database, as the cluster tests run them
# (src/test/java/it/microshed/SecondMember.java): a copy of its server directory under another name,
# without what a member writes for itself, on other ports.
WLP=${WLP:-target/liberty/wlp}

copy_member() { # name, HTTP port, HTTPS port
  local from="$WLP/usr/servers/medgrid" to="$WLP/usr/servers/$1"
  rm -rf "$to" && mkdir -p "$to"
  tar -C "$from" --exclude=./logs --exclude=./workarea --exclude=./tranlog --exclude=./data --exclude=./temp -cf - . \
    | tar -C "$to" -xf -
  sed -i -e "s/\(name=\"HTTP_PORT\" value=\"\)[0-9]*/\1$2/" -e "s/\(name=\"HTTPS_PORT\" value=\"\)[0-9]*/\1$3/" \
    "$to/configDropins/overrides/liberty-plugin-variable-config.xml"
}

member() { "$WLP/bin/server" "$1" "$2" >/dev/null; } # start|stop, name

wait_ready() { # base URL
  local _
  for _ in $(seq 240); do curl -sf -o /dev/null "$1/health/ready" && return 0; sleep 1; done
  echo "$1 not ready after 240 s" >&2
  return 1
}
