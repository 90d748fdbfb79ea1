#!/usr/bin/env bash
# Benchmark: the project list with 10,000+ projects (issue 5: "fast with 10,000+ projects").
#
# Starts GridWorks on its own MariaDB/MySQL database (gw_bench, recreated), adds 10,000 projects with SQL,
# then times the list queries a project manager and a supervisor make: first page, a clock-colour filter,
# a sort by due date, a text search, through the JSON API (the pages run the same ProjectSearch queries).
# Prints the median and 95th percentile per query. Needs what payara/prepare-tests.sh sets up.
#
#   payara/bench/project-list.sh            # 10,000 projects, 50 calls per query
#   PROJECTS=50000 CALLS=100 payara/bench/project-list.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

projects=${PROJECTS:-10000}
calls=${CALLS:-50}
port=${PORT:-8188}
. payara/bench/common.sh
start_gridworks

echo "Adding $projects projects ..."
{
    cat payara/bench/seed/numbers.sql
    cat <<SQL
INSERT INTO connection_project (project_number, customer_name, unit_id, area_type, capacity_kw, voltage_kv,
    small_micro, category, accepted_on, status, clock_status, clock_used, clock_limit, clock_due, created_at,
    created_by)
SELECT CONCAT('BENCH-', n), CONCAT('基准客户', n), u.id, IF(n % 3 = 0, 'RURAL', 'URBAN'), 50 + n % 500, 0.4,
       n % 2 = 0, ELT(1 + n % 5, 'RESIDENTIAL', 'LV_THREE_ZERO', 'LV_OTHER', 'HV_SINGLE', 'HV_DUAL'),
       DATE_SUB(CURDATE(), INTERVAL n % 700 DAY), IF(n % 4 = 0, 'CONNECTED', 'OPEN'),
       ELT(1 + n % 5, 'ON_TRACK', 'YELLOW', 'RED', 'MET', 'MISSED'), n % 20, 15,
       DATE_ADD(CURDATE(), INTERVAL n % 30 DAY), NOW(), 'bench'
FROM n
JOIN unit u ON u.code = ELT(1 + n.n % 10, 'JH', 'WC', 'JD', 'LX', 'DY', 'YW', 'YK', 'PJ', 'WY', 'PA')
WHERE n.n < $projects;
ANALYZE TABLE connection_project;
SQL
} | sql "$db" > /dev/null
echo "$(sql -N "$db" -e 'SELECT COUNT(*) FROM connection_project') projects in the database"

# one warm-up round, then the measured ones. Every API call signs in with HTTP Basic (one PBKDF2
# verification), so the first row is that cost alone: subtract it to see what the list itself costs.
measure warm-up manager "/api/v1/projects?limit=25" >/dev/null
measure "reference: /api/v1/me (sign-in only)"      manager    "/api/v1/me"
measure "manager: first page of own unit"          manager    "/api/v1/projects?limit=25"
measure "manager: red projects"                    manager    "/api/v1/projects?limit=25&clock=RED"
measure "manager: text search"                     manager    "/api/v1/projects?limit=25&q=%E5%9F%BA%E5%87%86%E5%AE%A2%E6%88%B71234"
measure "supervisor: all units, first page"        supervisor "/api/v1/projects?limit=25&status="
measure "supervisor: one unit, yellow"             supervisor "/api/v1/projects?limit=25&unit=LX&clock=YELLOW"
measure "supervisor: page 200 of all"              supervisor "/api/v1/projects?limit=25&first=5000&status="
