#!/usr/bin/env bash
# Benchmark: the stock check with 5,000 materials in 10 warehouses and 1,000,000 ledger rows (issue 7).
#
# Starts GridWorks on its own MariaDB/MySQL database (gw_it_bench, recreated), adds the materials, their balance
# rows and reserve levels (payara/bench/seed/materials.sql, shared with seed-city.sh), and a million postings with
# their movements using SQL (balances are then set to the sum of their ledger; the rows' "after" columns are left
# at 0, nothing reads them here; seed-city.sh makes a ledger with them), then times what
# warehouse staff do all day through the JSON API, which runs the same StockQueries as the page: the first page,
# a search by part of a specification, a category, "below reserve only", one material's stock, a ledger, and a
# posting.
# Prints the median and 95th percentile per call. Needs what payara/prepare-tests.sh sets up.
#
#   payara/bench/stock-check.sh                        # 5,000 materials, 1,000,000 ledger rows, 50 calls each
#   MATERIALS=2000 MOVEMENTS=200000 CALLS=20 payara/bench/stock-check.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

materials=${MATERIALS:-5000}
movements=${MOVEMENTS:-1000000}
calls=${CALLS:-50}
port=${PORT:-8188}
. payara/bench/common.sh
start_gridworks

echo "Adding $materials materials and $movements ledger rows ..."
start=$(date +%s)
{
    echo "SET @materials = $materials;"
    cat payara/bench/seed/numbers.sql payara/bench/seed/materials.sql
    cat <<SQL
CREATE TEMPORARY TABLE pairs (k INT AUTO_INCREMENT PRIMARY KEY, material_id BIGINT, warehouse_id BIGINT);
INSERT INTO pairs (material_id, warehouse_id)
SELECT b.material_id, b.warehouse_id FROM stock_balance b JOIN material m ON m.id = b.material_id
WHERE m.code LIKE 'BM%' ORDER BY b.material_id, b.warehouse_id;
SET @pairs = (SELECT COUNT(*) FROM pairs);
SET @first = (SELECT COALESCE(MAX(id), 0) FROM stock_posting);
INSERT INTO stock_posting (id, fingerprint, type, posted_at, posted_by, reference)
SELECT @first + 1 + n, 'bench', IF((n DIV @pairs) % 3 <> 2, 'RECEIPT', 'ISSUE'),
       DATE_SUB(NOW(), INTERVAL ($movements - n) SECOND), 'bench', CONCAT('B', n)
FROM n WHERE n < $movements;
INSERT INTO stock_movement (posting_id, material_id, warehouse_id, type, quantity, d_on_hand, d_reserved,
    d_in_transit, on_hand_after, reserved_after, in_transit_after)
SELECT @first + 1 + n.n, p.material_id, p.warehouse_id, IF((n.n DIV @pairs) % 3 <> 2, 'RECEIPT', 'ISSUE'), 5,
       IF((n.n DIV @pairs) % 3 <> 2, 5, -5), 0, 0, 0, 0, 0
FROM n JOIN pairs p ON p.k = 1 + n.n % @pairs WHERE n.n < $movements;
SQL
    cat payara/bench/seed/balances.sql
    echo "ANALYZE TABLE material, stock_balance, reserve_level, stock_posting, stock_movement;"
} | sql "$db" > /dev/null
echo "$(sql -N "$db" -e 'SELECT COUNT(*) FROM material') materials, $(sql -N "$db" -e 'SELECT COUNT(*) FROM stock_movement') ledger rows ($(( $(date +%s) - start )) s to load)"

post_times() {
    for i in $(seq 1 "$calls"); do
        curl -s -o /dev/null -w '%{time_total}\n' -u "warehouse:gridworks2026" -H 'Content-Type: application/json' \
            -X POST "http://127.0.0.1:$port/api/v1/stock/movements" \
            -d "{\"idempotencyKey\":\"bench-$$-$i\",\"type\":\"RECEIPT\",\"material\":\"BM000042\",\"warehouse\":\"WH-WC\",\"quantity\":1}"
    done | summarise "post a receipt (locked balance + ledger row)"
}

# Every API call signs in with HTTP Basic (one PBKDF2 verification): the first row is that cost alone.
measure warm-up warehouse "/api/v1/stock/check" >/dev/null
measure "reference: /api/v1/me (sign-in only)"          warehouse "/api/v1/me"
measure "stock check: first page (20 × 10 warehouses)"  warehouse "/api/v1/stock/check"
measure "stock check: part of a spec"                   warehouse "/api/v1/stock/check?q=3%C3%97123"
measure "stock check: a category, page 21"              warehouse "/api/v1/stock/check?category=RING_MAIN_UNIT&first=400"
measure "stock check: below reserve only"               warehouse "/api/v1/stock/check?belowReserve=true"
measure "one material in every warehouse"               warehouse "/api/v1/stock?material=BM004321"
measure "ledger of a material in a warehouse"           warehouse "/api/v1/stock/ledger?material=BM004321&warehouse=WH-WC"
post_times
