#!/usr/bin/env bash
# Start and footprint (issue 16, point 4): the time from `./plumbline` to the first 200 of `/`
# and of `/lpc2023/` on the embedded default (H2 under a data directory of its own), on a first
# start and on restarts of the same data directory, with the launcher's default flags; the CPU
# time the start took (all threads, the launcher's own checks and any training run included:
# on a machine shared with other work it is the steadier figure), and of it the main thread's
# (the critical path) and the JIT compilers'; and the resident memory of
# the server after start and after a short public-page load. Prints each start, then medians.
#
#   bench/start.sh [restarts] [load-seconds]     (defaults 5 and 10; run as root for apt-get, or have wrk)
#
# One first start (an empty data directory and, unless PLUMBLINE_START_CACHE is set, an empty
# start cache: what a new installation does once), waited for until the sample events exist;
# then the restarts, each stopped after its figures. After the last restart, wrk drives the five
# pages of bench/public-pages.sh (64 connections, load-seconds each) and the memory is read again.
# PLUMBLINE_JAVA_OPTS, if set, reaches the launcher unchanged, to compare flags.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly RESTARTS="${1:-5}" LOAD_SECONDS="${2:-10}"
readonly PORT="${PLUMBLINE_BENCH_PORT:-18190}" BASE="http://127.0.0.1:${PLUMBLINE_BENCH_PORT:-18190}"
readonly WORK="$(mktemp -d /tmp/plumbline-start.XXXXXX)"
readonly TICKS="$(getconf CLK_TCK)"
export PLUMBLINE_START_CACHE="${PLUMBLINE_START_CACHE:-$WORK/start-cache}"

if ! command -v wrk >/dev/null; then
  apt-get update </dev/null >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y wrk </dev/null >/dev/null
fi
ls target/plumbline-*.jar >/dev/null 2>&1 || ./mvnw -B -q -DskipTests package

server=""
cleanup() {
  [[ -n "$server" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Milliseconds from $1 until the page answers 200 (polled every 20 ms), or exits if the server died.
wait_for() {
  local started="$1" page="$2"
  until curl -fs -o /dev/null "$BASE$page"; do
    kill -0 "$server" 2>/dev/null || { echo "the server stopped; its log:" >&2; cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.02
  done
  echo $(($(now_ms) - started))
}

# CPU seconds of the process and of the children it waited for (the launcher's java -version
# checks and training run: exec keeps the process and its counts).
cpu_seconds() {
  awk -v ticks="$TICKS" '{ printf "%.1f", ($14 + $15 + $16 + $17) / ticks }' "/proc/$server/stat"
}

# CPU seconds of the main thread (named "java"; the start's critical path) and of the JIT
# compiler threads, which run beside it on a second core.
thread_seconds() {
  local task
  for task in /proc/"$server"/task/*; do cat "$task/stat" 2>/dev/null; echo; done | awk -v ticks="$TICKS" '
    NF { name = substr($0, index($0, "(") + 1); name = substr(name, 1, index(name, ")") - 1)
         split(substr($0, index($0, ")") + 2), f, " "); seconds = (f[12] + f[13]) / ticks
         if (name == "java") main += seconds; else if (name ~ /^C[12] CompilerThre/) jit += seconds }
    END { printf "%.1f %.1f\n", main, jit }'
}

rss_mb() { echo $(($(awk '/VmRSS/ {print $2}' "/proc/$server/status") / 1024)); }

load() { cut -d' ' -f1 /proc/loadavg; }

start() {
  local started
  started="$(now_ms)"
  ./plumbline --server.port="$PORT" --plumbline.data-dir="$WORK/data" >"$WORK/server.log" 2>&1 &
  server=$!
  first_ms="$(wait_for "$started" /)"
  event_ms="$(wait_for "$started" /lpc2023/)"
  cpu="$(cpu_seconds)"
  read -r main_cpu jit_cpu < <(thread_seconds)
  rss="$(rss_mb)"
}

stop() {
  kill "$server"
  wait "$server" || true
  server=""
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

printf "%-10s %10s %14s %8s %7s %6s %12s %6s\n" start "/ (s)" "/lpc2023/ (s)" "CPU s" main "JIT" "RSS MB" load
start
until curl -fs -o /dev/null "$BASE/sample_now/"; do sleep 1; done
printf "%-10s %10.2f %14.2f %8s %7s %6s %12s %6s\n" first "$(bc <<<"scale=2; $first_ms / 1000")" \
  "$(bc <<<"scale=2; $event_ms / 1000")" "$cpu" "$main_cpu" "$jit_cpu" "$rss → $(rss_mb)" "$(load)"
stop

: >"$WORK/restarts"
for run in $(seq 1 "$RESTARTS"); do
  start
  echo "$first_ms $event_ms $cpu $rss $main_cpu $jit_cpu" >>"$WORK/restarts"
  printf "%-10s %10.2f %14.2f %8s %7s %6s %12s %6s\n" "restart $run" "$(bc <<<"scale=2; $first_ms / 1000")" \
    "$(bc <<<"scale=2; $event_ms / 1000")" "$cpu" "$main_cpu" "$jit_cpu" "$rss" "$(load)"
  [[ "$run" == "$RESTARTS" ]] || stop
done

printf "%-10s %10.2f %14.2f %8s %7s %6s %12s\n" median \
  "$(awk '{print $1 / 1000}' "$WORK/restarts" | median)" "$(awk '{print $2 / 1000}' "$WORK/restarts" | median)" \
  "$(awk '{print $3}' "$WORK/restarts" | median)" "$(awk '{print $5}' "$WORK/restarts" | median)" \
  "$(awk '{print $6}' "$WORK/restarts" | median)" "$(awk '{print $4}' "$WORK/restarts" | median)"

talk="$(curl -fs "$BASE/api/v1/events/sample/talks?size=1" \
  | grep -o '"guid" *: *"[0-9a-f-]*"' | head -1 | grep -o '[0-9a-f-]\{36\}')"
for page in /lpc2023/ /lpc2023/microconferences /lpc2023/schedule "/sample/talks/$talk" \
  /lpc2023/schedule/export/schedule.json; do
  wrk -t2 -c64 -d"${LOAD_SECONDS}s" "$BASE$page" >/dev/null
done
echo "resident memory after ${LOAD_SECONDS} s of wrk on each of five public pages: $(rss_mb) MB (load $(load))"
stop
