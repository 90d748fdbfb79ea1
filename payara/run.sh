#!/usr/bin/env bash
# Runs GridWorks on Payara Micro at http://localhost:${PORT:-8080}/.
#
# Without DB_URL it uses the embedded H2 database under ${GRIDWORKS_DATA_DIR:-./data} with demo data.
# With DB_URL (and DB_USER, DB_PASSWORD, DB_DATASOURCECLASS=com.mysql.cj.jdbc.MysqlDataSource) it uses that
# MySQL server. Builds the WAR first when it is missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/.."

war=target/gridworks.war
micro=target/payara-micro.jar
port=${PORT:-8080}

# GRIDWORKS_NO_BUILD=1 runs the WAR as it is (the tests use it: Maven has just built the WAR under test).
if [ -z "${GRIDWORKS_NO_BUILD:-}" ] && { [ ! -f "$war" ] || [ -n "$(find src sql pom.xml -newer "$war" -type f -print -quit)" ]; }; then
    echo "Building $war ..."
    mvn -q -B clean package -DskipTests
fi
if [ ! -f "$micro" ]; then
    echo "Fetching Payara Micro ..."
    mvn -q -B dependency:copy@payara-micro
fi

if [ -z "${DB_URL:-}" ]; then
    mkdir -p "${GRIDWORKS_DATA_DIR:-./data}"
    echo "No DB_URL: embedded database in ${GRIDWORKS_DATA_DIR:-./data}, with demo data."
fi

exec java ${JAVA_OPTS:--Xmx768m} -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 \
    -jar "$micro" \
    --deploy "$war" --contextroot / \
    --port "$port" \
    --nocluster \
    --prebootcommandfile payara/pre-boot-commands.asadmin \
    "$@"
