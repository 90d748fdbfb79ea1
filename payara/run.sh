#!/usr/bin/env bash
# Runs GridWorks on Payara Micro at http://localhost:${PORT:-8080}/.
#
# Without DB_URL it uses the embedded H2 database under ${GRIDWORKS_DATA_DIR:-./data} with demo data.
# With DB_URL (and DB_USER, DB_PASSWORD, DB_DATASOURCECLASS=com.mysql.cj.jdbc.MysqlDataSource) it uses that
# MySQL server. Builds the WAR first when it is missing or older than the sources (payara/build.sh).
#
# One server, not clustered, unless CLUSTER_MEMBERS lists the Data Grid's members as host:port,host:port (payara/
# cluster.sh sets it, see README "Several servers"): then this server joins them over TCP as CLUSTER_NAME, its grid
# listening on HZ_ADDRESS:HZ_PORT (default 127.0.0.1:6900); ONE_HOST=1 keeps backups on the same machine.
set -euo pipefail
cd "$(dirname "$0")/.."

payara/build.sh
war=target/gridworks.war
micro=target/payara-micro.jar
port=${PORT:-8080}

if [ -z "${DB_URL:-}" ]; then
    mkdir -p "${GRIDWORKS_DATA_DIR:-./data}"
    echo "No DB_URL: embedded database in ${GRIDWORKS_DATA_DIR:-./data}, with demo data."
fi

if [ -n "${CLUSTER_MEMBERS:-}" ]; then
    hz_address=${HZ_ADDRESS:-127.0.0.1}
    cluster=(--clusterMode "tcpip:$CLUSTER_MEMBERS" --clusterName "${CLUSTER_NAME:-gridworks}"
        --interfaces "$hz_address" --hzPublicAddress "$hz_address" --startPort "${HZ_PORT:-6900}"
        --name "${NODE_NAME:-$(hostname)-$port}")
    # Payara keeps a partition's backup on another address than its owner ("host aware"): with every server on one
    # machine there would be no backup at all, and a server's death would lose its share of the sessions.
    if [ -n "${ONE_HOST:-}" ]; then
        cluster+=(--nohostaware)
    fi
else
    cluster=(--nocluster)
fi

exec java ${JAVA_OPTS:--Xmx768m} -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 \
    -jar "$micro" \
    --deploy "$war" --contextroot / \
    --port "$port" \
    "${cluster[@]}" \
    --prebootcommandfile payara/pre-boot-commands.asadmin \
    "$@"
