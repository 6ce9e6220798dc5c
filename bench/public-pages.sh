#!/usr/bin/env bash
# Public pages against the static limit (issue 16, point 1): the packaged jar on PostgreSQL
# beside Debian's nginx serving the very bytes of the same pages as static files, both driven
# in one run by wrk (64 connections, 30 s each, alternating). Prints requests/s and p99 of
# each page on each server and the ratio Plumbline/nginx.
#
#   bench/public-pages.sh [seconds]        (default 30; run as root for apt-get, or have wrk and nginx)
#
# Needs PostgreSQL at 127.0.0.1:5432 (user postgres, database test, trust), where it makes a
# schema of its own and drops it afterwards. Installs wrk and nginx from Debian when missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly SECONDS_EACH="${1:-30}"
readonly APP_PORT=18180 NGINX_PORT=18181 CONNECTIONS=64 THREADS=2
readonly PG="psql -h 127.0.0.1 -U postgres -d test -w -qtA"
readonly SCHEMA="plumbline_bench_$RANDOM$RANDOM"
readonly WORK="$(mktemp -d /tmp/plumbline-bench.XXXXXX)"
export DEBIAN_FRONTEND=noninteractive

for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null; then
    apt-get update </dev/null >/dev/null
    apt-get install -y "$tool" </dev/null >/dev/null
  fi
done
# Debian starts the packaged nginx on install: this run's own nginx listens elsewhere.
ls target/plumbline-*.jar >/dev/null 2>&1 || ./mvnw -B -q -DskipTests package

app_pid=""
cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [[ -f "$WORK/nginx.pid" ]] && nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null || true
  $PG -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

$PG -c "CREATE SCHEMA $SCHEMA" >/dev/null
./plumbline --server.port="$APP_PORT" --plumbline.data-dir="$WORK/data" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA" \
  --spring.datasource.username=postgres --spring.datasource.password= \
  --spring.flyway.schemas="$SCHEMA" --spring.flyway.default-schema="$SCHEMA" \
  --logging.level.root=WARN >"$WORK/app.log" 2>&1 &
app_pid=$!
# the sample events are generated once the server answers: wait for the last one
for _ in $(seq 1 300); do
  curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/sample_now/" && break
  sleep 1
done
curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/sample_now/" || { cat "$WORK/app.log"; exit 1; }

talk="$(curl -fs "http://127.0.0.1:$APP_PORT/api/v1/events/sample/talks?size=1" \
  | grep -o '"guid" *: *"[0-9a-f-]*"' | head -1 | grep -o '[0-9a-f-]\{36\}')"
pages=(/lpc2023/ /lpc2023/microconferences /lpc2023/schedule "/sample/talks/$talk" /lpc2023/schedule/export/schedule.json)
names=(home microconferences schedule talk schedule.json)

mkdir -p "$WORK/root"
# nginx's workers run as nobody: they must read the pages (mktemp made the directory private)
chmod 755 "$WORK" "$WORK/root"
for i in "${!pages[@]}"; do
  extension=html
  [[ "${names[$i]}" == *.json ]] && extension=json
  curl -fs -o "$WORK/root/page$i.$extension" "http://127.0.0.1:$APP_PORT${pages[$i]}"
done
sed -e "s|__ROOT__|$WORK/root|" -e "s|__PORT__|$NGINX_PORT|" -e "s|__RUN__|$WORK|" bench/nginx-static.conf >"$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf"

# wrk's summary: requests/s, and the 99th percentile in ms (--latency)
measure() {
  local out rps p99
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$1")"
  if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx answers from $1" >&2; echo "$out" >&2; exit 1; fi
  rps="$(awk '/^Requests\/sec/ {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  echo "$rps $(to_ms "$p99")"
}
to_ms() {
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

printf "%-18s %8s %12s %10s %12s %10s %8s\n" page bytes plumbline/s "p99 ms" nginx/s "p99 ms" ratio
for i in "${!pages[@]}"; do
  extension=html
  [[ "${names[$i]}" == *.json ]] && extension=json
  # warm both (the first request renders and keeps the page), then measure alternately
  curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT${pages[$i]}"
  read -r app_rps app_p99 < <(measure "http://127.0.0.1:$APP_PORT${pages[$i]}")
  read -r static_rps static_p99 < <(measure "http://127.0.0.1:$NGINX_PORT/page$i.$extension")
  printf "%-18s %8s %12s %10s %12s %10s %8s\n" "${names[$i]}" "$(stat -c %s "$WORK/root/page$i.$extension")" \
    "$app_rps" "$app_p99" "$static_rps" "$static_p99" "$(awk -v a="$app_rps" -v b="$static_rps" 'BEGIN {printf "%.2f", a / b}')"
done
echo "resident memory of the application after the run: $(($(awk '/VmRSS/ {print $2}' /proc/$app_pid/status) / 1024)) MB"
