#!/usr/bin/env bash
# Board pages under load (issue 17): the demo network plus N generated Korean posts in one board
# (Busan's 공지사항, the site search benchmark's generator), then 16 clients (wrk -t2 -c16) for
# DURATION seconds each on: the board's first list page, a deep list page (page 300), a post page (a
# different post on every request) and the Busan portal home. Nothing is remembered: board pages
# never are, and the server runs with the directory's remembered answers and pages off
# (ieum.search.answer-cache-size=0, ieum.search.page-cache-size=0); every request also carries a
# parameter v=<n> the pages ignore, so each one is a new address. For each run it prints requests
# per second, p50/p95/p99 latency and the server's CPU time per request, read from
# /proc/<pid>/stat (utime + stime) before and after the run: on a shared machine the CPU time is
# the figure to compare (capacity = cores / CPU per request).
#
#   apt-get install wrk                                 once
#   MVN_FLAGS=-o bench/board-load.sh                     N = 10,000, 16 clients, 20 s per page
#   N=1000 DURATION=5 MVN_FLAGS=-o bench/board-load.sh   smoke run
#   BENCH_JVM_OPTS="-Xmx1g -XX:StartFlightRecording=..." JVM options (default -Xmx1g)
#   KEEP=1                                               leave the server running after the runs (stop it with
#                                                        kill <pid>, printed); SERVER_PID=<pid> runs against it again
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-10000}
CLIENTS=${CLIENTS:-16}
DURATION=${DURATION:-20}
PORT=${BENCH_PORT:-18091}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

# NO_BUILD=1: the classes under target/ are already built (e.g. by the test run just before)
[[ -n "${NO_BUILD:-}" ]] || ./mvnw -q ${MVN_FLAGS:-} test-compile
CP_FILE=$(mktemp)
LOG=$(mktemp)
LUA=$(mktemp --suffix=.lua)
SERVER=""
cleanup() { [[ -n "$SERVER" && -z "${KEEP:-}" ]] && kill "$SERVER" 2>/dev/null; rm -f "$CP_FILE" "$LOG" "$LUA"; }
trap cleanup EXIT
./mvnw -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
CP="target/test-classes:target/classes:$(cat "$CP_FILE")"

if [[ -n "${SERVER_PID:-}" ]]; then
  # a server left running by KEEP=1: its log names the posts
  SERVER=$SERVER_PID
  cp "/tmp/ieum-board-load-$SERVER.log" "$LOG"
else
# shellcheck disable=SC2086
BENCH_PORT=$PORT java ${BENCH_JVM_OPTS:--Xmx1g} -cp "$CP" org.ieum.bench.BoardLoadServer "$N" >"$LOG" 2>&1 &
SERVER=$!
for _ in $(seq 1 900); do
  grep -q '^READY' "$LOG" && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 1
done
grep -q '^READY' "$LOG" || { echo "server did not become ready" >&2; exit 1; }
cp "$LOG" "/tmp/ieum-board-load-$SERVER.log"
fi
[[ -n "${KEEP:-}" ]] && echo "Server left running: kill $SERVER (again: SERVER_PID=$SERVER bench/board-load.sh)"
read -r _ FIRST LAST < <(grep '^POSTS' "$LOG")
grep '^Board load server' "$LOG"
BASE_URL="http://localhost:$PORT"

cat >"$LUA" <<'LUA'
local mode = os.getenv("MODE")
local first = tonumber(os.getenv("FIRST"))
local last = tonumber(os.getenv("LAST"))
local i = 0
local offset = 0
local threads = {}
setup = function(thread) table.insert(threads, thread); thread:set("offset", #threads * 1000003) end
request = function()
  i = i + 1
  local n = i + (offset or 0)
  local path
  if mode == "list" then path = "/c/busan/boards/notice?v=" .. n
  elseif mode == "deep" then path = "/c/busan/boards/notice?page=300&v=" .. n
  elseif mode == "post" then path = "/c/busan/boards/notice/" .. (first + (n * 7919) % (last - first + 1)) .. "?v=" .. n
  elseif mode == "home" then path = "/c/busan?v=" .. n
  else
    local k = n % 4
    if k == 0 then path = "/c/busan/boards/notice?v=" .. n
    elseif k == 1 then path = "/c/busan/boards/notice?page=" .. (n % 600) .. "&v=" .. n
    elseif k == 2 then path = "/c/busan/boards/notice/" .. (first + (n * 7919) % (last - first + 1)) .. "?v=" .. n
    else path = "/c/busan?v=" .. n end
  end
  return wrk.format("GET", path)
end
done = function(summary, latency, requests)
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %d %.1f %.1f %.1f %.1f\n", summary.requests, bad,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
LUA

cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
TICK=$(getconf CLK_TCK)

echo "Warm-up (JIT): every page in turn, $CLIENTS clients, 30 s"
FIRST=$FIRST LAST=$LAST MODE=mix wrk -t2 -c"$CLIENTS" -d30s --timeout 30s -s "$LUA" "$BASE_URL" >/dev/null
echo
echo "Board pages, $CLIENTS clients (wrk -t2), ${DURATION} s each, every request a new address, nothing remembered."
echo
echo "| page | address | requests | non-200 | req/s | p50 | p95 | p99 | CPU per request | load average (1 min) |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for run in "list|board list, page 1|/c/busan/boards/notice" "deep|board list, page 300|/c/busan/boards/notice?page=300" \
    "post|post page, a different post each time|/c/busan/boards/notice/{id}" "home|portal home|/c/busan"; do
  IFS='|' read -r mode label address <<<"$run"
  before=$(cpu_ticks)
  out=$(FIRST=$FIRST LAST=$LAST MODE=$mode wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --timeout 30s -s "$LUA" "$BASE_URL")
  after=$(cpu_ticks)
  read -r _ requests bad rps p50 p95 p99 < <(grep '^RESULT' <<<"$out")
  load=$(cut -d' ' -f1 /proc/loadavg)
  cpu=$(awk -v d=$((after - before)) -v t="$TICK" -v r="$requests" 'BEGIN { if (r > 0) printf "%.2f ms", d * 1000 / t / r; else printf "-" }')
  printf '| %s | `%s` | %s | %s | %s | %s ms | %s ms | %s ms | %s | %s |\n' "$label" "$address" "$requests" "$bad" "$rps" \
    "$p50" "$p95" "$p99" "$cpu" "$load"
done
echo
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' with changes')."
