#!/usr/bin/env bash
# Builds target/gridworks.war when it is missing or older than the sources, and fetches Payara Micro through Maven
# when it is missing. Used by payara/run.sh and payara/cluster.sh (which builds once for all its servers).
# GRIDWORKS_NO_BUILD=1 keeps the WAR as it is (the tests: Maven has just built the WAR under test).
set -euo pipefail
cd "$(dirname "$0")/.."

war=target/gridworks.war
micro=target/payara-micro.jar

if [ -z "${GRIDWORKS_NO_BUILD:-}" ] && { [ ! -f "$war" ] || [ -n "$(find src sql pom.xml -newer "$war" -type f -print -quit)" ]; }; then
    echo "Building $war ..."
    mvn -q -B clean package -DskipTests
fi
if [ ! -f "$micro" ]; then
    echo "Fetching Payara Micro ..."
    mvn -q -B dependency:copy@payara-micro
fi
