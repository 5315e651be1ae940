#!/usr/bin/env bash
# Startup time and memory of the packaged application, first start (demo data loads into
# a fresh H2 database) and second start on the same data, with default JVM settings and
# with bench/small-server.jvmopts. Prints a Markdown table; docs/benchmarks.md keeps results.
#
#   bench/startup.sh              build the jar, then measure
#   bench/startup.sh --no-build   measure the jar already in target/
#   MVN_FLAGS=-o bench/startup.sh build offline
#   BENCH_PORT=18080              port the application listens on while measured
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18080}
PAGES=(/ /login /c/busan /c/gimhae/about)
ROUNDS=5
READY_TIMEOUT=180

if [[ "${1:-}" != "--no-build" ]]; then
  ./mvnw -q ${MVN_FLAGS:-} -DskipTests package
fi
JAR=$(ls target/ieum-*.jar | grep -v -- '-plain' | head -n 1)
SMALL_OPTS=$(grep -v '^[[:space:]]*#' bench/small-server.jvmopts | xargs)
WORK=$(mktemp -d -t ieum-bench-XXXXXX)
trap 'rm -rf "$WORK"' EXIT

if curl -s -o /dev/null "http://localhost:$PORT/"; then
  echo "Port $PORT is already in use; set BENCH_PORT." >&2
  exit 1
fi

H2_JAR="$WORK/h2.jar"
unzip -p "$JAR" "$(unzip -Z1 "$JAR" | grep -m1 'BOOT-INF/lib/h2-.*\.jar')" > "$H2_JAR"

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
hwm_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status"; }
mb() { echo $(( $1 / 1024 )); }

# Row count of every table, so a second start can be shown to add nothing (no demo data twice).
table_counts() {
  local url="jdbc:h2:file:$1/ieum;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE"
  local tables
  tables=$(java -cp "$H2_JAR" org.h2.tools.Shell -url "$url" -user sa -password "" \
    -sql "select table_name from information_schema.tables where table_schema = 'public' order by table_name" \
    | awk 'NR > 1 && $1 != "" && $1 !~ /^\(/ {print $1}')
  for t in $tables; do
    java -cp "$H2_JAR" org.h2.tools.Shell -url "$url" -user sa -password "" -sql "select count(*) from \"$t\"" \
      | awk -v t="$t" 'NR == 2 {print t "=" $1}'
  done
}

# run <label> <data dir> <jvm options...>
run() {
  local label=$1 data=$2; shift 2
  local log="$WORK/$(echo "$label" | tr ' ,/' '___').log"
  local t0 t1 pid ready codes="" rss_ready rss_pages hwm meta
  t0=$(date +%s.%N)
  IEUM_DATA_DIR="$data" PORT="$PORT" java "$@" -jar "${RUN_JAR:-$JAR}" > "$log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$label: the application exited before it was ready; log follows" >&2
      tail -n 60 "$log" >&2
      exit 1
    fi
    if (( $(echo "$(date +%s.%N) - $t0 > $READY_TIMEOUT" | bc) )); then
      echo "$label: not ready after ${READY_TIMEOUT}s" >&2
      kill "$pid"; exit 1
    fi
    sleep 0.1
  done
  t1=$(date +%s.%N)
  ready=$(printf '%.1f' "$(echo "$t1 - $t0" | bc)")
  rss_ready=$(rss_kb "$pid")
  for page in "${PAGES[@]}"; do
    codes+="$page $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT$page"), "
  done
  for _ in $(seq 2 "$ROUNDS"); do
    for page in "${PAGES[@]}"; do curl -s -o /dev/null "http://localhost:$PORT$page"; done
  done
  rss_pages=$(rss_kb "$pid")
  hwm=$(hwm_kb "$pid")
  meta=$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/Metaspace/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/,$/, "", v); print v; exit}}')
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "| $label | $ready | $(mb "$rss_ready") | $(mb "$rss_pages") | $(mb "$hwm") | ${meta:-?} | ${codes%, } |"
}

echo "Jar: $JAR"
echo "Small-server options: $SMALL_OPTS"
echo
echo "| run | ready (s) | RSS ready (MB) | RSS after pages (MB) | peak RSS (MB) | metaspace used | pages (HTTP status) |"
echo "|---|---|---|---|---|---|---|"
run "default JVM, first start" "$WORK/default"
table_counts "$WORK/default" > "$WORK/default-first.counts"
run "default JVM, second start" "$WORK/default"
table_counts "$WORK/default" > "$WORK/default-second.counts"
# The deployment docs/benchmarks.md recommends for small servers: the jar extracted (classes load
# from plain jars instead of nested ones) and a class-data-sharing archive made by one training
# start (-Dspring.context.exit=onRefresh stops right after the context is ready).
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
EXTRACTED="$WORK/app/$(basename "$JAR")"
IEUM_DATA_DIR="$WORK/training" PORT="$PORT" java -XX:ArchiveClassesAtExit="$WORK/app/ieum.jsa" \
  -Dspring.context.exit=onRefresh -jar "$EXTRACTED" > "$WORK/training.log" 2>&1 || true
RUN_JAR="$EXTRACTED" run "default JVM, extracted jar, first start" "$WORK/extracted"
# shellcheck disable=SC2086
RUN_JAR="$EXTRACTED" run "small server (extracted + CDS), first start" "$WORK/small" $SMALL_OPTS -XX:SharedArchiveFile="$WORK/app/ieum.jsa"
# shellcheck disable=SC2086
RUN_JAR="$EXTRACTED" run "small server (extracted + CDS), second start" "$WORK/small" $SMALL_OPTS -XX:SharedArchiveFile="$WORK/app/ieum.jsa"
echo
if diff -q "$WORK/default-first.counts" "$WORK/default-second.counts" > /dev/null; then
  echo "Second start added no rows ($(wc -l < "$WORK/default-first.counts") tables compared): demo data is not loaded twice."
else
  echo "Row counts changed between the first and the second start (table=rows, first then second):"
  diff "$WORK/default-first.counts" "$WORK/default-second.counts" | grep '^[<>]' || true
fi
