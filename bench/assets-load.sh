#!/usr/bin/env bash
# Static files against the JSON API (issue 18): the demo network (no generated posts), 16 clients
# (wrk -t2 -c16) for DURATION seconds each on: the style sheet at its hashed address with gzip (what
# a browser fetches), the same without gzip, a font file, and the JSON API's organization search with
# a different query on every request and the remembered answers off (ieum.search.answer-cache-size=0).
# Prints requests per second, latency and the server's CPU time per request read from /proc.
#
#   MVN_FLAGS=-o bench/assets-load.sh            20 s per address
#   DURATION=5 NO_BUILD=1 bench/assets-load.sh   smoke run on classes already built
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${CLIENTS:-16}
DURATION=${DURATION:-20}
PORT=${BENCH_PORT:-18092}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
[[ -n "${NO_BUILD:-}" ]] || ./mvnw -q ${MVN_FLAGS:-} test-compile
CP_FILE=$(mktemp)
LOG=$(mktemp)
LUA=$(mktemp --suffix=.lua)
SERVER=""
cleanup() { [[ -n "$SERVER" ]] && kill "$SERVER" 2>/dev/null; rm -f "$CP_FILE" "$LOG" "$LUA"; }
trap cleanup EXIT
./mvnw -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
CP="target/test-classes:target/classes:$(cat "$CP_FILE")"
# shellcheck disable=SC2086
BENCH_PORT=$PORT java ${BENCH_JVM_OPTS:--Xmx1g} -cp "$CP" org.ieum.bench.BoardLoadServer 0 >"$LOG" 2>&1 &
SERVER=$!
for _ in $(seq 1 600); do
  grep -q '^READY' "$LOG" && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 1
done
grep -q '^READY' "$LOG" || { echo "server did not become ready" >&2; exit 1; }
BASE_URL="http://localhost:$PORT"
CSS=$(curl -s "$BASE_URL/c/busan" | grep -o '/assets/css/ieum\.[0-9a-f]*\.css' | head -1)
FONT=$(curl -s "$BASE_URL$CSS" | grep -o 'PretendardGOV-Regular\.latin\.[0-9a-f]*\.woff2' | head -1)
[[ -n "$CSS" && -n "$FONT" ]] || { echo "no hashed style sheet or font found on /c/busan" >&2; exit 1; }

cat >"$LUA" <<'LUA'
local mode = os.getenv("MODE")
local path = os.getenv("ASSET")
local words = { "협동조합", "돌봄", "카페", "교육", "청소", "마을", "베이커리", "환경", "문화", "농산물", "인쇄", "공예" }
local function encode(text) return (text:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)) end
local i = 0
local offset = 0
local threads = {}
setup = function(thread) table.insert(threads, thread); thread:set("offset", #threads * 1000003) end
request = function()
  i = i + 1
  if mode == "api" then
    local n = i + (offset or 0)
    return wrk.format("GET", "/api/v1/organizations?q=" .. encode(words[(n % #words) + 1]) .. "&size=" .. (10 + n % 11) .. "&v=" .. n)
  elseif mode == "gzip" then
    return wrk.format("GET", path, { ["Accept-Encoding"] = "gzip, deflate, br" })
  end
  return wrk.format("GET", path)
end
done = function(summary, latency, requests)
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %d %.1f %.2f %.2f %.2f\n", summary.requests, bad,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
LUA
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
TICK=$(getconf CLK_TCK)
echo "Warm-up (JIT): each address in turn, 10 s"
for mode in gzip plain api; do MODE=$mode ASSET=$CSS wrk -t2 -c"$CLIENTS" -d4s -s "$LUA" "$BASE_URL" >/dev/null; done
echo
echo "Static files and the JSON API, $CLIENTS clients (wrk -t2), ${DURATION} s each."
echo
echo "| what | address | requests | non-200 | req/s | p50 | p95 | p99 | CPU per request |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
for run in "gzip|style sheet, hashed, gzip|$CSS" "plain|style sheet, hashed, not compressed|$CSS" \
    "plain|font file (woff2)|/assets/fonts/$FONT" "api|JSON API, organization search, a new query each time|/api/v1/organizations?q=..."; do
  IFS='|' read -r mode label address <<<"$run"
  before=$(cpu_ticks)
  out=$(MODE=$mode ASSET=$address wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --timeout 30s -s "$LUA" "$BASE_URL")
  after=$(cpu_ticks)
  read -r _ requests bad rps p50 p95 p99 < <(grep '^RESULT' <<<"$out")
  cpu=$(awk -v d=$((after - before)) -v t="$TICK" -v r="$requests" 'BEGIN { if (r > 0) printf "%.3f ms", d * 1000 / t / r; else printf "-" }')
  printf '| %s | `%s` | %s | %s | %s | %s ms | %s ms | %s ms | %s |\n' "$label" "$address" "$requests" "$bad" "$rps" "$p50" "$p95" "$p99" "$cpu"
done
echo
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), load average at the end: $(cut -d" " -f1 /proc/loadavg) (the server and wrk share the 2 cores)."
