# Shared by the benchmarks (sourced, from the repository root): the account payara/prepare-tests.sh makes, a
# GridWorks started on its own recreated database, and timing calls. The benchmark sets $calls and $port, and may
# name its own database by setting $db after sourcing this. Bulk SQL they share is in payara/bench/seed/.

# BENCH_DB lets two benchmarks run side by side (the test account may only touch gw_it_* databases).
db=${BENCH_DB:-gw_it_bench}
sql() { mysql --protocol=TCP -h 127.0.0.1 -P 3306 -ugridworks_it -pgridworks_it "$@"; }

# Recreates the benchmark database and starts GridWorks on it with the demo users; stops it at exit. Refuses a
# port something else already answers on: its readiness would be taken for ours.
start_gridworks() {
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        echo "Port $port is in use: set PORT" >&2
        exit 1
    fi
    sql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    log=$(mktemp)
    DB_URL="jdbc:mysql://127.0.0.1:3306/$db?characterEncoding=UTF-8" DB_USER=gridworks_it DB_PASSWORD=gridworks_it \
    DB_DATASOURCECLASS=com.mysql.cj.jdbc.MysqlDataSource GRIDWORKS_DEMO_DATA=true PORT=$port \
        payara/run.sh > "$log" 2>&1 &
    server=$!
    trap 'kill $server 2>/dev/null || true; rm -f "$log"' EXIT
    wait_ready
}

# Waits up to three minutes for the server on $port to be ready; shows the end of $log and stops if it is not.
wait_ready() {
    for _ in $(seq 1 180); do
        curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
        sleep 1
    done
    curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { tail -50 "$log"; exit 1; }
}

# Reads one time per line (curl's time_total, in seconds) and prints the median and 95th percentile.
summarise() {
    sort -n | awk -v name="$1" '{ t[NR] = $1 } END {
        printf "%-44s median %6.1f ms   p95 %6.1f ms   (%d calls)\n", name, t[int(NR/2)+1]*1000, t[int(NR*0.95)]*1000, NR }'
}

# Times $calls GETs of a path as a demo user: measure NAME USER PATH
measure() {
    local name=$1 user=$2 path=$3
    for _ in $(seq 1 "$calls"); do
        curl -s -o /dev/null -w '%{time_total}\n' -u "$user:gridworks2026" "http://127.0.0.1:$port$path"
    done | summarise "$name"
}
