#!/usr/bin/env bash
# Network-wide statistics page time in the server with N organizations (default 100,000)
# on the embedded H2 database. Prints a Markdown table (also in target/bench/statistics.md).
#
#   bench/statistics.sh               100,000 organizations
#   ORGS=10000 bench/statistics.sh    another size
#   MVN_FLAGS=-o bench/statistics.sh  offline
set -euo pipefail
cd "$(dirname "$0")/.."
# The test JVM normally runs with C1 only (fast start for the suite); benchmarks get the full JIT.
./mvnw -q ${MVN_FLAGS:-} test -Dtest=StatisticsBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.organizations="${ORGS:-100000}" -Dtest.jvm.args="-Duser.timezone=UTC -Dfile.encoding=UTF-8 -Xmx1g" \
  >/dev/null || { echo "benchmark failed: see target/surefire-reports" >&2; exit 1; }
cat target/bench/statistics.md
