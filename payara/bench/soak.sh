#!/usr/bin/env bash
# Soak (issue 17): for DURATION seconds, WORKERS clients keep sending the bodies that once hung or exhausted the
# server — an unknown property whose object never closes ({"x":{), nesting 100,000 deep, 300 MB declared and
# 300 MB streamed without a length — while the health probe asks /health/ready every 200 ms. Passes when no
# hostile request got a 5xx, every probe answered UP, 99 % of them within 100 ms while under attack (the clients
# share the server's two cores), and every one of 20 probes after it within 100 ms; prints what each got.
# Needs what payara/prepare-tests.sh sets up (MariaDB and the IT account).
#
#   payara/bench/soak.sh                      # ten minutes, 8 clients
#   DURATION=60 WORKERS=4 payara/bench/soak.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=${DURATION:-600}
workers=${WORKERS:-8}
port=${PORT:-8189}
. payara/bench/common.sh
start_gridworks

base="http://127.0.0.1:$port"
out=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; kill $(jobs -p) 2>/dev/null || true; rm -rf "$out" "$log"' EXIT
deep=$(printf '{"x":%*s' 100000 '' | tr ' ' '[')
end=$(( $(date +%s) + duration ))

hostile() { # one client: the four bodies in turn, each answer's status on its own line
    local n=0
    while [ "$(date +%s)" -lt "$end" ]; do
        case $(( n++ % 4 )) in
            0) curl -s -o /dev/null -w '%{http_code}\n' -m 5 -u manager:gridworks2026 -X PUT \
                   -H 'Content-Type: application/json' --data-binary '{"x":{' "$base/api/v1/me/notifications" ;;
            1) curl -s -o /dev/null -w '%{http_code}\n' -m 5 -u manager:gridworks2026 -X POST \
                   -H 'Content-Type: application/json' --data-binary "$deep" "$base/api/v1/projects" ;;
            2) head -c 300M /dev/zero | curl -s -o /dev/null -w '%{http_code}\n' -m 5 -u warehouse:gridworks2026 \
                   -X PUT -H 'Content-Type: application/octet-stream' -H 'Content-Length: 314572800' \
                   -T - "$base/api/v1/permit-documents/1/file" || echo 413 ;;
            3) head -c 300M /dev/zero | curl -s -o /dev/null -w '%{http_code}\n' -m 5 -u admin:gridworks2026 \
                   -X PUT -H "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -T - "$base/api/v1/stock/reserve-list" \
                   || echo 413 ;;
        esac
    done
}
# curl cannot read a status the server sent while the upload was still going and then reset: counted as 413
# above only when curl itself failed, which the summary shows apart from real answers

for i in $(seq 1 "$workers"); do hostile > "$out/client-$i" & done

times="$out/probes"
down=0
while [ "$(date +%s)" -lt "$end" ]; do
    read -r code secs < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -m 5 "$base/health/ready" || echo "000 5")
    [ "$code" = 200 ] || down=$((down + 1))
    echo "$secs" >> "$times"
    sleep 0.2
done
wait $(jobs -p | grep -v "^$server$") 2>/dev/null || true
after=0
for _ in $(seq 1 20); do
    read -r code secs < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -m 5 "$base/health/ready" || echo "000 5")
    [ "$code" = 200 ] || down=$((down + 1))
    awk -v s="$secs" 'BEGIN { exit !(s <= 0.1) }' || after=$((after + 1))
    sleep 0.2
done

echo "hostile requests by status: $(cat "$out"/client-* | sort | uniq -c | awk '{ printf "%s x %s  ", $2, $1 }')"
read -r probes p50 p99 worst < <(sort -n "$times" | awk '{ t[NR] = $1 } END {
    printf "%d %.1f %.1f %.1f\n", NR, t[int(NR/2)+1]*1000, t[int(NR*0.99)+1]*1000, t[NR]*1000 }')
echo "health probes under attack: $probes, p50 $p50 ms, p99 $p99 ms, slowest $worst ms; not UP: $down;" \
     "after it: $after of 20 over 100 ms"
server_errors=$(cat "$out"/client-* | grep -c '^5' || true)
if [ "$down" -eq 0 ] && [ "$after" -eq 0 ] && [ "$server_errors" -eq 0 ] \
        && awk -v p="$p99" 'BEGIN { exit !(p <= 100) }'; then
    echo "SOAK PASSED"
else
    echo "SOAK FAILED"; exit 1
fi
