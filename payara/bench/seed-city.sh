#!/usr/bin/env bash
# City-scale data (issue 19): GridWorks on its own MariaDB/MySQL database ($CITY_DB, gw_it_city by default,
# recreated on every run) filled as a city company would have it after three years, for the load tests.
#
# GridWorks creates the schema (Flyway) and its demo data itself; then the SQL under payara/bench/seed/ adds, in one
# session and without a single HTTP call: 200 users across the units, 10,000 projects over three years in every
# category and state with their steps and clocks, 80,000 milestones, 40,000 permit tracks, 20,000 material
# requests with their lines, 5,000 materials x 10 warehouses with a ledger of 1,000,000 rows (balances = the
# ledger's sums), 200,000 audit rows and 100,000 inbox items, dated on the working-day calendar GridWorks loaded.
# The stored clocks, colours and warnings are the ones GridWorks computes, so its own scan and clock refresh find
# nothing to change. Then the API is checked as the demo users; the script prints the row counts and the load time
# and leaves the server running with KEEP=1 (else stops it). Needs what payara/prepare-tests.sh sets up.
#
#   payara/bench/seed-city.sh                         # the city, server stopped at the end
#   KEEP=1 PORT=8192 payara/bench/seed-city.sh        # ... and left running for a load test
#   PROJECTS=1000 MOVEMENTS=100000 payara/bench/seed-city.sh   # a smaller town (other counts follow projects)
set -euo pipefail
cd "$(dirname "$0")/../.."

port=${PORT:-8192}
projects=${PROJECTS:-10000}
materials=${MATERIALS:-5000}
movements=${MOVEMENTS:-1000000}
users=${USERS:-200}
audit=${AUDIT:-$((projects * 20))}
inbox=${INBOX:-$((projects * 10))}
. payara/bench/common.sh
db=${CITY_DB:-gw_it_city} # the test account may create gw_it_* databases only

began=$(date +%s)
echo "[$db] GridWorks creates the schema and its demo data ..."
start_gridworks
ready=$(date +%s)

# While the data goes in, the alert scan must not see half of it: the seed holds the scan's database lock, as
# another server scanning would (ScanLock), and lets it go at the end. The hourly clock refresh sees the projects
# only together with their steps (one transaction in clocks.sql), and finds nothing to change.
now=$(TZ=Asia/Shanghai date '+%F %T') # the company's time, as GridWorks reads it
until [ "$(sql -N "$db" -e "UPDATE job_lock SET locked_until = '$now' + INTERVAL 1 DAY, locked_by = 'seed-city'
                            WHERE name = 'alert-scan' AND locked_until < '$now'; SELECT ROW_COUNT()")" = 1 ]; do
    sleep 1 # the start-up scan is still running
done

echo "[$db] Loading the city (seconds per step):"
seed=payara/bench/seed
{
    echo "SET @now = '$now', @today = DATE('$now'), @projects = $projects, @materials = $materials,"
    echo "    @movements = $movements, @users = $users, @audit = $audit, @inbox = $inbox, @reminders = 10;"
    # big session tables live in memory; a million-row staging table needs more than the 16 MB default
    echo "SET SESSION max_heap_table_size = 1024 * 1024 * 1024, tmp_table_size = 256 * 1024 * 1024;"
    echo "SET @mark = SYSDATE();"
    for step in numbers materials city/calendar city/users city/projects city/clocks city/works city/requests \
                city/permits city/plans city/ledger balances city/alerts city/audit; do
        cat "$seed/$step.sql"
        echo "SELECT CONCAT('  ', RPAD('${step#city/}', 10), LPAD(TIMESTAMPDIFF(SECOND, @mark, SYSDATE()), 4), ' s');"
        echo "SET @mark = SYSDATE();"
    done
} | sql -N --unbuffered "$db"
sql "$db" -e "ANALYZE TABLE connection_project, project_step, milestone_plan, milestone, permit_track, material_request,
              material_request_line, material, stock_balance, reserve_level, stock_posting, stock_movement,
              audit_event, alert, inbox_item, alert_state, app_user" > /dev/null
loaded=$(date +%s)
anomalies=$(sql -N "$db" < "$seed/city/check.sql")
echo "  balances not the sum of their ledger, or a ledger row going negative: $anomalies"
sql "$db" -e "UPDATE job_lock SET locked_until = '2000-01-01' WHERE name = 'alert-scan' AND locked_by = 'seed-city'"

# the API as the demo users see it: the list and a project of the manager's unit, the warehouse's stock check and
# delivery board, the clerk's permit board, the supervisor's boards of every unit
project=$(sql -N "$db" -e "SELECT MAX(p.id) FROM connection_project p JOIN unit u ON u.id = p.unit_id
                          WHERE u.code = 'WC' AND p.status = 'OPEN'")
failed=0
check() { # check USER PATH
    local code seconds size
    read -r code seconds size < <(curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' \
        -u "$1:gridworks2026" "http://127.0.0.1:$port$2")
    printf '  %s %6.0f ms %9d bytes  %-10s %s\n' "$code" "$(echo "$seconds * 1000" | bc)" "$size" "$1" "$2"
    [ "$code" = 200 ] || failed=1
}
echo "[$db] API checks (status, time, size):"
check manager    "/api/v1/projects?limit=25"
check manager    "/api/v1/projects/$project"
check manager    "/api/v1/projects/$project/milestones"
check manager    "/api/v1/projects/$project/permits"
check manager    "/api/v1/projects/$project/material-requests"
check warehouse  "/api/v1/stock/check"
check warehouse  "/api/v1/material-requests"
check clerk      "/api/v1/permits"
check supervisor "/api/v1/material-requests"
check supervisor "/api/v1/permits"
# the scan over the whole city: it finds the colours the seed left in alert_state, so it raises (almost) nothing
raised=$(curl -s -X POST -u admin:gridworks2026 "http://127.0.0.1:$port/api/v1/alerts/scan")
echo "  alert scan now: $raised"

echo "[$db] Rows:"
tables=$(sql -N "$db" -e "SELECT table_name FROM information_schema.tables
                          WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")
sql -N "$db" -e "$(for t in $tables; do echo "SELECT '$t', COUNT(*) FROM \`$t\` UNION ALL"; done | sed '$ s/ UNION ALL$//')" \
    | awk '{ printf "  %-24s %9d\n", $1, $2 }'

echo "[$db] GridWorks started in $((ready - began)) s; the city loaded in $((loaded - ready)) s; $(($(date +%s) - began)) s in all."
if [ "$failed" != 0 ] || [ "$anomalies" != 0 ]; then
    echo "Something is wrong (see above); GridWorks' log ends:" >&2
    tail -40 "$log" >&2
    exit 1
fi
if [ "${KEEP:-}" = 1 ]; then
    trap - EXIT
    echo "GridWorks keeps running: http://127.0.0.1:$port/ (pid $server, database $db, log $log)"
else
    echo "Stopping GridWorks (KEEP=1 leaves it running); the database $db stays."
fi
