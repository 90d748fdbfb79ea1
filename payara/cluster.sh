#!/usr/bin/env bash
# Runs GridWorks on NODES servers (2 by default) on this machine, joined in Payara Micro's Data Grid over TCP on the
# loopback, with nginx in front of them at http://localhost:${PORT:-8080}/, over the MySQL database in DB_URL (same
# variables as payara/run.sh: DB_URL, DB_USER, DB_PASSWORD, DB_DATASOURCECLASS). Ctrl-C stops them all.
#
# Server i answers on PORT+i and its grid on HZ_PORT+i-1 (6900 by default); CLUSTER_DIR (target/cluster) keeps each
# server's log and process id (node<i>.log, node<i>.pid) and nginx's files. nginx comes from Debian's package,
# installed here with apt-get when missing. The first server starts alone (it migrates the schema and loads what a
# first start loads), then the others together. A session stays on its server while that server lives (nginx hashes its
# cookie); every server can read it from the grid when its own server is gone.
set -euo pipefail
cd "$(dirname "$0")/.."

nodes=${NODES:-2}
port=${PORT:-8080}
hz_port=${HZ_PORT:-6900}
work=${CLUSTER_DIR:-target/cluster}
startup_seconds=${STARTUP_SECONDS:-300}

if [ -z "${DB_URL:-}" ]; then
    echo "DB_URL is required: the servers share one MySQL database (the embedded database is one server's only)." >&2
    exit 2
fi
if ! [[ "$nodes" =~ ^[1-9][0-9]?$ ]]; then
    echo "NODES must be a number from 1 to 99, not '$nodes'." >&2
    exit 2
fi

if ! command -v nginx >/dev/null && ! [ -x /usr/sbin/nginx ]; then
    echo "Installing nginx ..."
    as_root=()
    [ "$(id -u)" -eq 0 ] || as_root=(sudo)
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

payara/build.sh
mkdir -p "$work/nginx-temp"
work=$(cd "$work" && pwd)

members=""
for i in $(seq 1 "$nodes"); do
    members="${members:+$members,}127.0.0.1:$((hz_port + i - 1))"
done

pids=()
stop_all() {
    trap - INT TERM EXIT
    echo "Stopping the servers and nginx ..."
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap 'stop_all; exit 130' INT TERM
trap stop_all EXIT

start_node() {
    local i=$1
    PORT=$((port + i)) HZ_PORT=$((hz_port + i - 1)) HZ_ADDRESS=127.0.0.1 CLUSTER_MEMBERS="$members" ONE_HOST=1 \
        NODE_NAME="node$i" CLUSTER_NAME="${CLUSTER_NAME:-gridworks-$port}" GRIDWORKS_NO_BUILD=1 \
        payara/run.sh >"$work/node$i.log" 2>&1 &
    pids+=($!)
    echo $! >"$work/node$i.pid"
    echo "Server $i starting on port $((port + i)) (log: $work/node$i.log)"
}

wait_ready() {
    local i=$1 deadline=$((SECONDS + startup_seconds))
    until curl -fs -o /dev/null "http://127.0.0.1:$((port + i))/health/ready"; do
        if ! kill -0 "$(cat "$work/node$i.pid")" 2>/dev/null; then
            echo "Server $i stopped; the end of its log:" >&2
            tail -n 40 "$work/node$i.log" >&2
            exit 1
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            echo "Server $i was not ready within ${startup_seconds}s; see $work/node$i.log" >&2
            exit 1
        fi
        sleep 1
    done
    echo "Server $i ready"
}

start_node 1
wait_ready 1
for i in $(seq 2 "$nodes"); do
    start_node "$i"
done
for i in $(seq 2 "$nodes"); do
    wait_ready "$i"
done

upstreams=""
for i in $(seq 1 "$nodes"); do
    # a server that refuses connections is left alone for 5 s; its requests go to the next one
    upstreams+="        server 127.0.0.1:$((port + i)) max_fails=1 fail_timeout=5s;"$'\n'
done
cat >"$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
    # which server answered each request (the failover test reads it to know which server to kill)
    log_format upstream '\$time_local \$request_method \$request_uri \$status \$upstream_addr';
    access_log $work/access.log upstream;
    client_body_temp_path $work/nginx-temp/body;
    proxy_temp_path $work/nginx-temp/proxy;
    fastcgi_temp_path $work/nginx-temp/fastcgi;
    uwsgi_temp_path $work/nginx-temp/uwsgi;
    scgi_temp_path $work/nginx-temp/scgi;
    # uploads: the largest request GridWorks takes is 12 MB (a permit document of 10 MB and its form)
    client_max_body_size 12m;
    # A signed-in browser stays on its server while that server lives: its session is copied to the grid after
    # each request, asynchronously, so a click sent at once to another server could miss the last change (the load
    # test saw 1-2 such clicks in 6,200 requests without this). Requests without a session are spread at random; when the
    # server dies, the session's next request hashes to another server, which reads it from the grid.
    map \$cookie_JSESSIONID \$gridworks_affinity {
        ""      \$request_id;
        default \$cookie_JSESSIONID;
    }
    upstream gridworks {
        hash \$gridworks_affinity consistent;
$upstreams        keepalive 32;
    }
    server {
        listen $port;
        location / {
            proxy_pass http://gridworks;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            # GridWorks' redirects and links name the address the browser used
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_connect_timeout 2s;
            proxy_read_timeout 300s;
        }
    }
}
CONF
"$nginx_bin" -p "$work" -c "$work/nginx.conf" &
nginx_pid=$!
pids+=("$nginx_pid")
echo "GridWorks on $nodes servers behind nginx: http://localhost:$port/ (Ctrl-C stops all)"
# A server that dies is left to nginx (its users go to the others); only nginx stopping ends the cluster.
wait "$nginx_pid" || true
echo "nginx stopped; see $work/nginx-error.log" >&2
