#!/usr/bin/env bash
# Space rental benchmark: the application with Tomcat on an embedded PostgreSQL 15, driven
# over HTTP (org.ieum.spaces.SpacesBenchmark in src/test/java):
#   1. a month of availability of a space holding 10,000 bookings (target p95 <= 20 ms)
#   2. bookings through the JSON API at 200 requests/s for 60 s, open loop (target p95 <= 50 ms)
# Prints a Markdown table and writes it to target/bench/spaces-<scale>.md; docs/benchmarks.md keeps results.
#
#   bench/spaces.sh               full scale (about 2 minutes plus the build)
#   bench/spaces.sh --small       smoke run: 500 bookings, 20 requests/s for 5 s
#   MVN_FLAGS=-o bench/spaces.sh  build offline
#   JAVA_OPTS="-Xmx1g"            JVM options for the measured process (default: server JIT, 1 GB heap)
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q ${MVN_FLAGS:-} -DskipTests test-compile
./mvnw -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

# Surefire's C1-only JIT (fast test start) would distort the figures: plain JVM settings here.
exec java ${JAVA_OPTS:--Xmx1g} -Duser.timezone=UTC -Dfile.encoding=UTF-8 -cp "$CP" org.ieum.spaces.SpacesBenchmark "$@"
