#!/usr/bin/env bash
# Load test: the packaged server on a fresh store with the bundled data, a mixed read load
# (src/loadtest/mixed.lua) from wrk, and an admin reload of all the bundled data in the middle
# of it. Meanwhile a check query is run twice a second: the reload rewrites the same data, so
# every answer must equal the answer before the run — a reader must never see a half-loaded
# store. Prints one RESULT line from wrk and one CHECK line; exits non-zero when a request
# failed or the check query changed.
#
# Then, for scale: the same server answering its stylesheet (a static file: the ceiling of the
# machine) with as many connections (STATIC line, and RATIO = pages / static file); and the same
# mix again with the answer cache off, on a server restarted over the same store (COLD line: every
# request computed from the store, as the first request of a page after a write is).
#
#   mvn -q package -DskipTests && src/loadtest/loadtest.sh [seconds] [connections]
#
# Needs wrk (Debian: apt-get install wrk) and curl.
set -euo pipefail

SECONDS_TO_RUN=${1:-60}
CONNECTIONS=${2:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
RELOAD_AFTER=${RELOAD_AFTER:-20}
PHASE_SECONDS=${PHASE_SECONDS:-20}
HERE=$(cd "$(dirname "$0")" && pwd)
export LOADTEST_DIR="$HERE"  # where mixed.lua and static.lua find report.lua
ROOT=$(cd "$HERE/../.." && pwd)
JAR="$ROOT/target/quanze.jar"
BASE="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
[ -f "$JAR" ] || { echo "$JAR is missing: run mvn -q package -DskipTests first" >&2; exit 2; }

WORK=$(mktemp -d)
USER_NAME=loadtest
PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# Starts the server on the store (extra arguments go to it) and waits until it is ready.
start_server() {
  echo "starting the server on port $PORT (store $WORK/store, log $WORK/server.log) $*" >&2
  QUANZE_ADMIN_USERNAME=$USER_NAME QUANZE_ADMIN_PASSWORD=$PASSWORD \
    java -Xmx2g -jar "$JAR" serve --store="$WORK/store" --server.port="$PORT" "$@" >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 180); do
    if curl -fsS "$BASE/actuator/health/readiness" 2>/dev/null | grep UP >/dev/null; then break; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server stopped:" >&2; tail -30 "$WORK/server.log" >&2; exit 1; }
    sleep 1
  done
  curl -fsS "$BASE/actuator/health/readiness" | grep UP >/dev/null || { echo "the server did not become ready" >&2; exit 1; }
}
stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=
}
start_server

# What every reader must see before, during and after the reload: every entry of every list, by kind.
CHECK='PREFIX qz: <https://w3id.org/quanze/ontology#>
SELECT ?kind (COUNT(DISTINCT ?x) AS ?n) WHERE {
  VALUES ?kind { qz:Power qz:Duty qz:AccountabilityCase qz:Citation qz:Article }
  ?x a ?kind } GROUP BY ?kind ORDER BY ?kind'
check() {
  curl -fsS --max-time 10 -G "$BASE/sparql" -H 'Accept: text/csv' --data-urlencode "query=$CHECK" | tr -d '\r'
}
BEFORE=$(check)
echo "check query before the run:" >&2
echo "$BEFORE" >&2

# Warm up (JIT, caches) so the figures are of a running server, not of its first seconds.
wrk -t1 -c4 -d5s -s "$HERE/mixed.lua" "$BASE" >/dev/null

checks=0; differing=0
(
  while :; do
    if answer=$(check); then
      if [ "$answer" != "$BEFORE" ]; then echo "DIFF"; echo "$answer" >&2; else echo "SAME"; fi
    else
      echo "FAILED"
    fi
    sleep 0.5
  done
) >"$WORK/checks" 2>>"$WORK/check-diffs" &
CHECKER=$!

(
  sleep "$RELOAD_AFTER"
  start=$(date +%s.%N)
  status=$(curl -sS -o "$WORK/reload.json" -w '%{http_code}' -u "$USER_NAME:$PASSWORD" -X POST "$BASE/admin/api/reload")
  end=$(date +%s.%N)
  echo "$status $(echo "$end - $start" | bc)" >"$WORK/reload"
) &
RELOADER=$!

wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_TO_RUN}s" --timeout 30s -s "$HERE/mixed.lua" "$BASE" | tee "$WORK/wrk.txt" >&2
wait "$RELOADER"
kill "$CHECKER" 2>/dev/null || true; wait "$CHECKER" 2>/dev/null || true
AFTER=$(check)

read -r RELOAD_STATUS RELOAD_SECONDS <"$WORK/reload"
SAME=$(grep -c SAME "$WORK/checks" || true)
DIFF=$(grep -c DIFF "$WORK/checks" || true)
FAILED=$(grep -c FAILED "$WORK/checks" || true)
WRITTEN=$(grep -o '"written":[a-z]*' "$WORK/reload.json" | sed 's/.*://' || true)
grep '^RESULT' "$WORK/wrk.txt"
echo "CHECK reload_status=$RELOAD_STATUS reload_s=$RELOAD_SECONDS reload_written=$WRITTEN checks_same=$SAME checks_differing=$DIFF checks_failed=$FAILED after_equals_before=$([ "$AFTER" = "$BEFORE" ] && echo yes || echo no)"
if [ -s "$WORK/check-diffs" ]; then echo "differing answers:" >&2; cat "$WORK/check-diffs" >&2; fi

# The ceiling: the stylesheet, with as many connections, on the same server in the same run.
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${PHASE_SECONDS}s" --timeout 30s -s "$HERE/static.lua" "$BASE/css/quanze.css" \
  >"$WORK/static.txt"
grep '^RESULT' "$WORK/static.txt" | sed 's/^RESULT/STATIC/'
PAGES_RPS=$(grep -o 'rps=[0-9.]*' "$WORK/wrk.txt" | cut -d= -f2)
STATIC_RPS=$(grep -o 'rps=[0-9.]*' "$WORK/static.txt" | cut -d= -f2)
echo "RATIO pages_per_static=$(echo "scale=3; $PAGES_RPS / $STATIC_RPS" | bc)"

# Cold: the same mix with the answer cache off, so that every request is computed from the store.
stop_server
start_server --quanze.cache.enabled=false
wrk -t1 -c4 -d5s -s "$HERE/mixed.lua" "$BASE" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${PHASE_SECONDS}s" --timeout 30s -s "$HERE/mixed.lua" "$BASE" >"$WORK/cold.txt"
grep '^RESULT' "$WORK/cold.txt" | sed 's/^RESULT/COLD/'
COLD_NON2XX=$(grep -o 'non2xx=[0-9]*' "$WORK/cold.txt" | cut -d= -f2)

NON2XX=$(grep -o 'non2xx=[0-9]*' "$WORK/wrk.txt" | cut -d= -f2)
[ "$COLD_NON2XX" = 0 ] && [ "$RELOAD_STATUS" = 200 ] && [ "$DIFF" = 0 ] && [ "$FAILED" = 0 ] && [ "$NON2XX" = 0 ] && [ "$AFTER" = "$BEFORE" ]
