#!/usr/bin/env bash
# Benchmark: what signing in costs an API call (issue 19, "API sign-in that costs little").
#
# Starts GridWorks on its own MariaDB/MySQL database (gw_it_bench or $BENCH_DB, recreated) with the demo users,
# issues a personal API token to the warehouse keeper, then measures in the same run, one after the other,
# requests per second of:
#   /health/live                      the HTTP floor: no sign-in, no database
#   GET /api/v1/me with the token     Bearer: one SHA-256 and one indexed lookup per call
#   GET /api/v1/me with HTTP Basic    one PBKDF2 verification, then the password is remembered for a minute
# and prints each API row's share of the floor (issue 19's targets: token >= 50 %, Basic >= 30 %).
# Uses wrk when installed (apt-get install wrk), else parallel curl loops (slower: they measure curl too).
# Needs what payara/prepare-tests.sh sets up; EMBEDDED=1 runs on a fresh embedded H2 database instead (as issue 19
# measured), which keeps a busy MariaDB out of the figures.
#
#   payara/bench/api-sign-in.sh                       # 20 s per row, 16 connections
#   EMBEDDED=1 payara/bench/api-sign-in.sh
#   DURATION=60 CONNECTIONS=32 PORT=8190 BENCH_DB=gw_it_bench_api payara/bench/api-sign-in.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=${DURATION:-20}
connections=${CONNECTIONS:-16}
port=${PORT:-8188}
. payara/bench/common.sh
if [ -n "${EMBEDDED:-}" ]; then
    data=$(mktemp -d)
    log=$(mktemp)
    GRIDWORKS_DATA_DIR=$data PORT=$port payara/run.sh > "$log" 2>&1 &
    server=$!
    trap 'kill $server 2>/dev/null || true; sleep 5; rm -rf "$log" "$data"' EXIT
    wait_ready
else
    start_gridworks
fi
base="http://127.0.0.1:$port"

token=$(curl -fs -u warehouse:gridworks2026 -H 'Content-Type: application/json' -X POST "$base/api/v1/me/tokens" \
    -d '{"name":"benchmark"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "could not issue a token"; exit 1; }
basic="Basic $(printf 'warehouse:gridworks2026' | base64)"
for auth in "Bearer $token" "$basic"; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: $auth" "$base/api/v1/me")" = 200 ] \
        || { echo "GET /api/v1/me refused ${auth%% *}"; exit 1; }
done

# Prints requests per second of GETs of a path, with an optional Authorization header: rps PATH [AUTH]
rps() {
    local path=$1 auth=${2:-}
    if command -v wrk >/dev/null; then
        local out
        if [ -n "$auth" ]; then
            out=$(wrk -t2 -c"$connections" -d"${duration}s" -H "Authorization: $auth" "$base$path")
        else
            out=$(wrk -t2 -c"$connections" -d"${duration}s" "$base$path")
        fi
        # a run with errors or non-2xx answers measures the wrong thing
        if grep -q 'Non-2xx\|Socket errors' <<<"$out"; then echo "$out" >&2; exit 1; fi
        awk '/^Requests\/sec/ { printf "%.0f\n", $2 }' <<<"$out"
    else
        local start end count=$((duration * 50))
        start=$(date +%s.%N)
        seq 1 "$count" | xargs -P "$connections" -I{} curl -s -o /dev/null ${auth:+-H "Authorization: $auth"} \
            "$base$path"
        end=$(date +%s.%N)
        awk -v n="$count" -v s="$start" -v e="$end" 'BEGIN { printf "%.0f\n", n / (e - s) }'
    fi
}

echo "Warming up ..."
duration_was=$duration; duration=5
rps /health/live >/dev/null; rps /api/v1/me "Bearer $token" >/dev/null; rps /api/v1/me "$basic" >/dev/null
duration=$duration_was

echo "Measuring ${duration} s per row, $connections connections ($(command -v wrk >/dev/null && echo wrk || echo curl)) ..."
floor=$(rps /health/live)
bearer=$(rps /api/v1/me "Bearer $token")
basic_rps=$(rps /api/v1/me "$basic")
printf '%-36s %8s req/s\n' "/health/live (floor)" "$floor"
printf '%-36s %8s req/s  %3d %% of the floor\n' "GET /api/v1/me, token (Bearer)" "$bearer" $((100 * bearer / floor))
printf '%-36s %8s req/s  %3d %% of the floor\n' "GET /api/v1/me, HTTP Basic" "$basic_rps" $((100 * basic_rps / floor))
