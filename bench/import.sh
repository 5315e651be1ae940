#!/usr/bin/env bash
# Time and memory of `import organizations` on a generated center list (CSV, CP949): the
# first import into a fresh H2 database (every row new) and the same file again (every row
# unchanged). Each run is a whole `java -jar ieum.jar import organizations` process, start-up
# included; the command itself prints how long the import took. Prints a Markdown table;
# docs/benchmarks.md keeps results. The target: 50,000 rows in 60 s or less, with a heap that
# does not grow with the list (compare the peak memory of a small and a large run).
#
#   bench/import.sh                  build the jar, then 50,000 rows
#   BENCH_ROWS=2000 bench/import.sh  a quick smoke run
#   bench/import.sh --no-build       use the jar already in target/
#   BENCH_JVM_OPTS="-Xmx256m"        JVM options of the measured runs (default -Xmx256m)
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${BENCH_ROWS:-50000}
JVM_OPTS=${BENCH_JVM_OPTS:--Xmx256m}

if [[ "${1:-}" != "--no-build" ]]; then
  ./mvnw -q ${MVN_FLAGS:-} -DskipTests package
fi
JAR=$(ls target/ieum-*.jar | grep -v -- '-plain' | head -n 1)
WORK=$(mktemp -d -t ieum-import-bench-XXXXXX)
trap 'rm -rf "$WORK"' EXIT

LIST="$WORK/list-$ROWS.csv"
java bench/ImportListGenerator.java "$ROWS" "$LIST"

# run <label>: one import process; prints "| label | wall s | import s | peak RSS MB | summary |"
run() {
  local label=$1 out="$WORK/$1.out" timing="$WORK/$1.time" code=0
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %M" -o "$timing" java $JVM_OPTS -jar "$JAR" import organizations --center busan \
    --valid-rows-only "--ieum.data-dir=$WORK/data" "$LIST" > "$out" 2>&1 || code=$?
  if [[ $code -ne 0 ]]; then
    echo "import exited with $code:" >&2
    tail -n 20 "$out" >&2
    exit 1
  fi
  local wall rss took summary
  read -r wall rss < <(tail -n 1 "$timing")
  took=$(grep -o '소요 시간: [0-9.]*' "$out" | tail -n 1 | awk '{print $3}')
  summary=$(tail -n 1 "$out")
  echo "| $label | $wall | ${took:-?} | $(( rss / 1024 )) | $summary |"
}

echo "Rows: $ROWS (CP949 CSV, 1 row in 1,000 rejected), JVM: $JVM_OPTS, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| run | wall s (incl. start-up) | import s | peak RSS MB | result |"
echo "|---|---|---|---|---|"
run "first import"
run "same file again"
