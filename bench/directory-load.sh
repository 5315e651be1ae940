#!/usr/bin/env bash
# Throughput of the directory (search) page with concurrent clients. Starts the application on a
# fresh database filled with N generated organizations (bench/search.sh's generator), then drives
# /c/busan/organizations with varied searches, facets and pages: the typical mix, then every request
# a new address (no remembered page can be sent; what rendering costs). Uses wrk when installed
# (apt-get install wrk), otherwise a small Java HttpClient load generator (org.ieum.bench.DirectoryLoad).
#
#   bench/directory-load.sh                 N = 10,000, 16 clients, 30 s
#   N=1000 CLIENTS=16 SECONDS=10 bench/directory-load.sh     smoke run
#   BASE_URL=http://host:8080 bench/directory-load.sh        against a server already running
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-10000}
CLIENTS=${CLIENTS:-16}
SECONDS_=${SECONDS:-30}
PORT=${BENCH_PORT:-18090}
SLUG=${SLUG:-busan}

./mvnw -q ${MVN_FLAGS:-} test-compile
CP_FILE=$(mktemp)
LOG=$(mktemp)
SERVER=""
cleanup() { [[ -n "$SERVER" ]] && kill "$SERVER" 2>/dev/null; rm -f "$CP_FILE" "$LOG"; }
trap cleanup EXIT
./mvnw -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
CP="target/test-classes:target/classes:$(cat "$CP_FILE")"

if [[ -z "${BASE_URL:-}" ]]; then
  BENCH_PORT=$PORT java ${BENCH_JVM_OPTS:--Xmx1g} -cp "$CP" org.ieum.bench.SearchBenchmark --serve "$N" >"$LOG" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 900); do
    grep -q '^READY' "$LOG" && break
    kill -0 "$SERVER" 2>/dev/null || { cat "$LOG"; exit 1; }
    sleep 1
  done
  grep -q '^READY' "$LOG" || { echo "server did not become ready" >&2; exit 1; }
  BASE_URL="http://localhost:$PORT"
  sed -n '/^Search benchmark/,/^READY/p' "$LOG" | grep -v '^READY'
fi

echo
echo "Directory page, $CLIENTS concurrent clients, $SECONDS_ s, $BASE_URL/c/$SLUG/organizations"
echo
if command -v wrk >/dev/null; then
  LUA=$(mktemp)
  # UNIQUE=1: every request a new address (an unknown parameter v=n that the page ignores), so no
  # remembered page is ever sent: what rendering costs. Otherwise the typical mix: 120 addresses.
  cat >"$LUA" <<'LUA'
local queries = {"", "베이커리", "협동조합", "사회적 경제", "우리밀", "돌봄", "카페", "공방 체험", "친환경", "커피"}
local types = {"", "&type=SOCIAL_ENTERPRISE", "&type=COOPERATIVE", "&type=VILLAGE_ENTERPRISE"}
local unique = os.getenv("UNIQUE") == "1"
local i = 0
local threads = 0
setup = function(thread) threads = threads + 1; thread:set("offset", threads * 1000003) end
request = function()
  i = i + 1
  local n = i + (offset or 0)
  local q = queries[(n % #queries) + 1]
  local path = "/c/" .. os.getenv("SLUG") .. "/organizations?page=" .. (n % 3) .. types[(math.floor(n / 3) % #types) + 1]
  if q ~= "" then path = path .. "&q=" .. q:gsub("([^%w])", function(c) return string.format("%%%02X", string.byte(c)) end) end
  if unique then path = path .. "&v=" .. n end
  return wrk.format("GET", path)
end
LUA
  echo "Warm-up (JIT), 20 s"
  SLUG=$SLUG wrk -t2 -c"$CLIENTS" -d20s -s "$LUA" "$BASE_URL" >/dev/null
  echo
  echo "== Typical mix: 120 addresses (10 searches x 4 type filters x 3 pages), anonymous visitors"
  SLUG=$SLUG wrk -t2 -c"$CLIENTS" -d"${SECONDS_}s" --latency -s "$LUA" "$BASE_URL"
  echo
  echo "== Every request a new address: each page searched and rendered (no remembered page)"
  SLUG=$SLUG UNIQUE=1 wrk -t2 -c"$CLIENTS" -d"${SECONDS_}s" --latency -s "$LUA" "$BASE_URL"
  rm -f "$LUA"
else
  java -cp "$CP" org.ieum.bench.DirectoryLoad "$BASE_URL" "$SLUG" "$CLIENTS" "$SECONDS_"
fi
