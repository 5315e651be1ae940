#!/usr/bin/env bash
# Showcase search with facets at 100,000 products (issue 20: p95 at most 30 ms on two cores). Starts the
# application with the demo network on a fresh H2 database in a temporary directory, generates
# organizations with three priced products each, lets the showcase take them in through its full
# comparison, files them under the demo categories, rebuilds the index, then times 1,000 varied queries
# (after 300 warm-up) as the service call and through GET /api/v1/products at one client. The showcase
# remembers no answers. Prints a Markdown table for docs/benchmarks.md.
#
#   MVN_FLAGS=-o bench/showcase.sh           100,000 products
#   MVN_FLAGS=-o bench/showcase.sh 3000      smoke run
#   BENCH_JVM_OPTS="-Xmx1g"                  JVM options (default -Xmx1g)
set -euo pipefail
cd "$(dirname "$0")/.."

[[ -n "${NO_BUILD:-}" ]] || ./mvnw -q ${MVN_FLAGS:-} test-compile
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
# shellcheck disable=SC2086
exec java ${BENCH_JVM_OPTS:--Xmx1g} -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
  org.ieum.bench.ShowcaseBenchmark "$@"
