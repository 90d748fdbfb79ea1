#!/usr/bin/env bash
# Makes this machine ready for the test suite (`mvn verify`); safe to run again and again.
#  - MariaDB (standing in for MySQL) on 127.0.0.1:3306, started when it is not running;
#  - a test account that may create and drop only the gw_it_* databases, one per test run;
#  - the databases of earlier test runs dropped, but the newest kept for a look after a failure;
#  - Debian's chromium and chromium-driver for the browser tests, installed when missing (and a CJK font);
#  - Debian's nginx for the cluster test (ClusterIT runs payara/cluster.sh, which would install it too).
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
sql() { mysql --protocol=TCP -h 127.0.0.1 -P 3306 -uroot "$@"; }

if ! [ -x /usr/sbin/mariadbd ] || ! command -v mysql >/dev/null; then
    echo "Installing MariaDB ..."
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server mariadb-client >/dev/null
fi
if ! sql -e 'SELECT 1' >/dev/null 2>&1; then
    echo "Starting MariaDB ..."
    as_root install -d -o mysql -g mysql /run/mysqld
    as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
    for _ in $(seq 1 60); do sql -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
    sql -e 'SELECT 1' >/dev/null || { echo "MariaDB did not start on 127.0.0.1:3306" >&2; exit 1; }
fi

sql <<'SQL'
CREATE USER IF NOT EXISTS 'gridworks_it'@'localhost' IDENTIFIED BY 'gridworks_it';
CREATE USER IF NOT EXISTS 'gridworks_it'@'127.0.0.1' IDENTIFIED BY 'gridworks_it';
GRANT ALL PRIVILEGES ON `gw\_it\_%`.* TO 'gridworks_it'@'localhost';
GRANT ALL PRIVILEGES ON `gw\_it\_%`.* TO 'gridworks_it'@'127.0.0.1';
SQL
for db in $(sql -N -e "SHOW DATABASES LIKE 'gw\\_it\\_%'" | sort | head -n -1); do
    sql -e "DROP DATABASE \`$db\`"
done

if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
    echo "Installing chromium and chromium-driver ..."
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
if ! [ -x /usr/sbin/nginx ]; then
    echo "Installing nginx ..."
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
# A CJK font only makes screenshots of Chinese pages readable; the tests do not depend on it.
if ! fc-list 2>/dev/null | grep -qi 'wqy\|noto.*cjk'; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-zenhei >/dev/null 2>&1 || true
fi
echo "Test environment ready: MariaDB $(sql -N -e 'SELECT VERSION()'), $(/usr/bin/chromium --version 2>/dev/null)"
