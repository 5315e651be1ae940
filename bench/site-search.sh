#!/usr/bin/env bash
# Site search (통합검색) latency: the demo network plus N generated Korean posts in one board
# (default 10,000), post index built, then p50/p95/p99 of the whole search page's work (posts,
# organizations, courses, calls, spaces) for 20 Korean queries at the network root and in one
# portal, measured server-side. Prints a Markdown table for docs/benchmarks.md.
#
#   bench/site-search.sh            10,000 posts
#   bench/site-search.sh 1000       smoke run
#   MVN_FLAGS=-o                    build offline
#   BENCH_JVM_OPTS="-Xmx1g"         JVM options (default -Xmx512m)
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q ${MVN_FLAGS:-} test-compile
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
# shellcheck disable=SC2086
exec java ${BENCH_JVM_OPTS:--Xmx512m} -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
  org.ieum.bench.SiteSearchBenchmark "$@"
