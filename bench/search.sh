#!/usr/bin/env bash
# Organization search at growing sizes: generates N organizations (three products and one
# designation each) by JDBC batches into a fresh database, times a full index rebuild, then
# measures search-with-facets latency (p50/p95 of 500 varied queries after 100 warm-up, measured
# server-side) next to a plain SQL LIKE search. Prints a Markdown table for docs/benchmarks.md.
#
#   bench/search.sh                      N = 1,000, 10,000 and 100,000 in one run (long: minutes)
#   bench/search.sh 1000                 smoke run
#   IEUM_BENCH_PG_URL=jdbc:postgresql://localhost/ieum_bench IEUM_BENCH_PG_USER=... \
#   IEUM_BENCH_PG_PASSWORD=... bench/search.sh    on PostgreSQL (an EMPTY database: it is filled)
#   MVN_FLAGS=-o                         build offline
#   BENCH_JVM_OPTS="-Xmx2g"              JVM options (default -Xmx1g)
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q ${MVN_FLAGS:-} test-compile
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
SIZES=("$@")
if [[ ${#SIZES[@]} -eq 0 ]]; then SIZES=(1000 10000 100000); fi
# shellcheck disable=SC2086
exec java ${BENCH_JVM_OPTS:--Xmx1g} -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
  org.ieum.bench.SearchBenchmark "${SIZES[@]}"
