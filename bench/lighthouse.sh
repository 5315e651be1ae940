#!/usr/bin/env bash
# Lighthouse (mobile defaults) on the eight audited pages of a running server, RUNS times each.
# Writes one JSON report per run and a table (one line per run: load average, scores, timings and
# the bytes of web fonts the page fetched) to OUT/runs.tsv. The staff page is fetched with the session
# of a real login of staff.gimhae@ieum.example.
#
#   npm install lighthouse@12 (in a scratch directory LH_DIR), then a server on BASE:
#   LH_DIR=/path/with/node_modules BASE=http://localhost:8183 RUNS=3 OUT=/tmp/lh-after bench/lighthouse.sh
set -euo pipefail

BASE=${BASE:-http://localhost:8183}
RUNS=${RUNS:-3}
OUT=${OUT:-/tmp/lighthouse}
LH_DIR=${LH_DIR:?where lighthouse is installed (node_modules/.bin/lighthouse)}
PAGES=${PAGES:-"/ /c/gimhae /c/gimhae/statistics /c/gimhae/spaces/9 /c/gimhae/education/1 /c/gimhae/boards/notice /admin /signup"}
EXTRA=${EXTRA:-}
mkdir -p "$OUT"

jar=$(mktemp)
csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o '_csrf" value="[^"]*' | head -1 | sed 's/.*value="//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=staff.gimhae@ieum.example" \
  --data-urlencode 'password=ieum2026!' --data-urlencode "_csrf=$csrf" "$BASE/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
rm -f "$jar"

[ -f "$OUT/runs.tsv" ] || printf 'page\trun\tload1\tperf\tfcp_ms\tlcp_ms\ttbt_ms\tcls\tfont_files\tfont_bytes\tbenchmark_index\n' > "$OUT/runs.tsv"
for run in $(seq 1 "$RUNS"); do
  for page in $PAGES; do
    name=$(echo "$page" | tr '/' '_')
    report="$OUT/${name}_${run}.json"
    headers=()
    if [ "$page" = /admin ]; then headers=(--extra-headers="{\"Cookie\":\"JSESSIONID=$session\"}"); fi
    load=$(cut -d' ' -f1 /proc/loadavg)
    CHROME_PATH=/usr/bin/chromium "$LH_DIR/node_modules/.bin/lighthouse" "$BASE$page" --quiet \
      --form-factor=mobile --only-categories=performance,accessibility --output=json --output-path="$report" \
      --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
      "${headers[@]}" $EXTRA || true
    node -e '
      const r = require(process.argv[1]);
      const a = r.audits;
      const fonts = (a["network-requests"].details.items || []).filter(i => i.resourceType === "Font" || /\.woff2$/.test(i.url));
      const bytes = fonts.reduce((s, i) => s + (i.transferSize || 0), 0);
      console.log([process.argv[2], process.argv[3], process.argv[4],
        Math.round(r.categories.performance.score * 100),
        Math.round(a["first-contentful-paint"].numericValue), Math.round(a["largest-contentful-paint"].numericValue),
        Math.round(a["total-blocking-time"].numericValue), a["cumulative-layout-shift"].numericValue.toFixed(3),
        fonts.length, bytes, r.environment.benchmarkIndex].join("\t"));
    ' "$report" "$page" "$run" "$load" | tee -a "$OUT/runs.tsv"
  done
done
