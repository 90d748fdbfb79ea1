#!/usr/bin/env bash
# The load test (issue 19): Gatling's CitySimulation (src/load/, Maven profile "load") against a GridWorks already
# running on PORT over the city database, as `KEEP=1 PORT=8192 payara/bench/seed-city.sh` leaves it. USERS people
# (20) for DURATION seconds (600): warehouse staff on phones, project managers, approval clerks, supervisors and
# API clients (Basic and token), signed in through the pages and clicking as a browser does (ViewState, CSP nonce,
# PrimeFaces ajax), with think times scaled by THINK (1; 0 for none). Beside them, the HTTP floor (/health/live,
# 4 a second) and each request group's SQL floor (its main SQL run directly over JDBC on CITY_DB) are measured.
# Prints each request's count, errors, p50/p95/p99 and ratios to both floors; Gatling's HTML report stays under
# target/gatling/. Exits 1 when any request failed.
#
#   KEEP=1 PORT=8192 payara/bench/seed-city.sh && payara/bench/load.sh          # the city, ten minutes
#   PROJECTS=500 MOVEMENTS=50000 KEEP=1 payara/bench/seed-city.sh               # a small town for trying it out,
#   DURATION=120 payara/bench/load.sh                                           # two minutes
set -euo pipefail
cd "$(dirname "$0")/../.."

export PORT=${PORT:-8192} USERS=${USERS:-20} DURATION=${DURATION:-600} THINK=${THINK:-1}
export CITY_DB=${CITY_DB:-gw_it_city} FLOOR_FILE=target/gatling/sql-floor.tsv
if ! curl -fs "http://127.0.0.1:$PORT/health/ready" > /dev/null; then
    echo "No GridWorks ready on port $PORT: start one with KEEP=1 PORT=$PORT payara/bench/seed-city.sh" >&2
    exit 1
fi
# Gatling comes from Maven Central the first time; afterwards the build runs offline
offline=-o
[ -d "$HOME/.m2/repository/io/gatling/highcharts/gatling-charts-highcharts" ] || offline=

echo "[load] $USERS users for $DURATION s against port $PORT (database $CITY_DB, think time x$THINK) ..."
rm -f "$FLOOR_FILE"
mvn -B -q $offline -Pload test-compile gatling:test
run=target/gatling/$(cat target/gatling/lastRun.txt)
echo "[load] Per request, with its floors measured in the same run (report: $run/index.html):"
java -cp "target/test-classes:$(cat target/load-classpath.txt)" org.gridworks.load.FloorReport "$run" "$FLOOR_FILE"
