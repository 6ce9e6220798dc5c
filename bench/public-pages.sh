#!/usr/bin/env bash
# Public pages against the static limit (issue 16, point 1): the packaged jar on PostgreSQL
# beside Debian's nginx serving the very bytes of the same pages as static files, both driven
# in one run by wrk (64 connections, 30 s each, alternating). Prints requests/s and p99 of
# each page on each server and the ratio Plumbline/nginx.
#
#   bench/public-pages.sh [seconds] [instances]   (defaults 30 and 1; run as root for apt-get, or have wrk and nginx)
#
# With more than one instance (issue 16, point 2) the others start on the same schema, each
# with a data directory of its own, behind a second nginx as a round-robin load balancer
# (bench/nginx-balancer.conf), and each page is measured on the first instance alone, through
# the balancer and on nginx's static copy, in that order; the ratios are to the static copy.
#
# Needs PostgreSQL at 127.0.0.1:5432 (user postgres, database test, trust), where it makes a
# schema of its own and drops it afterwards. Installs wrk and nginx from Debian when missing.
# PLUMBLINE_BENCH_PORT moves its ports (default 18180: the first instance; +1 nginx's static
# copy; +2 the balancer; +3 and on the other instances). PLUMBLINE_BENCH_ARGS (split on spaces)
# reaches every instance's command line, to compare settings; PLUMBLINE_JAVA_OPTS, the launcher's
# JVM flags. Before measuring, each server gets every page for PLUMBLINE_BENCH_WARM_UP seconds
# (default 5), not counted.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly SECONDS_EACH="${1:-30}" INSTANCES="${2:-1}" WARM_UP="${PLUMBLINE_BENCH_WARM_UP:-5}"
readonly APP_PORT="${PLUMBLINE_BENCH_PORT:-18180}" CONNECTIONS=64 THREADS=2
readonly NGINX_PORT=$((APP_PORT + 1)) BALANCER_PORT=$((APP_PORT + 2))
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

app_pids=()
cleanup() {
  for pid in "${app_pids[@]}"; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  [[ -f "$WORK/nginx.pid" ]] && nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null || true
  [[ -f "$WORK/balancer/nginx.pid" ]] && nginx -c "$WORK/balancer/nginx.conf" -s stop 2>/dev/null || true
  $PG -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# start_instance PORT: one more instance on the schema, with a data directory of its own
start_instance() {
  ./plumbline --server.port="$1" --plumbline.data-dir="$WORK/data-$1" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA" \
    --spring.datasource.username=postgres --spring.datasource.password= \
    --spring.flyway.schemas="$SCHEMA" --spring.flyway.default-schema="$SCHEMA" \
    --logging.level.root=WARN ${PLUMBLINE_BENCH_ARGS:-} >"$WORK/app-$1.log" 2>&1 &
  app_pids+=($!)
}

$PG -c "CREATE SCHEMA $SCHEMA" >/dev/null
start_instance "$APP_PORT"
# the sample events are generated once the server answers: wait for the last one
for _ in $(seq 1 300); do
  curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/sample_now/" && break
  sleep 1
done
curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/sample_now/" || { cat "$WORK/app-$APP_PORT.log"; exit 1; }

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

# the other instances, once the first has made the sample events, and the balancer before all
instance_ports=("$APP_PORT")
if ((INSTANCES > 1)); then
  for ((i = 1; i < INSTANCES; i++)); do
    instance_ports+=($((APP_PORT + 2 + i)))
    start_instance "${instance_ports[$i]}"
  done
  for port in "${instance_ports[@]:1}"; do
    for _ in $(seq 1 300); do
      curl -fs -o /dev/null "http://127.0.0.1:$port/lpc2023/" && break
      sleep 1
    done
    curl -fs -o /dev/null "http://127.0.0.1:$port/lpc2023/" || { cat "$WORK/app-$port.log"; exit 1; }
  done
  mkdir -p "$WORK/balancer"
  upstreams="$(printf 'server 127.0.0.1:%s; ' "${instance_ports[@]}")"
  sed -e "s|__PORT__|$BALANCER_PORT|" -e "s|__RUN__|$WORK/balancer|" -e "s|__UPSTREAMS__|$upstreams|" \
    bench/nginx-balancer.conf >"$WORK/balancer/nginx.conf"
  nginx -c "$WORK/balancer/nginx.conf"
fi

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

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

# Every page for a few seconds on each server, not counted, so that the first page measured
# does not pay for the JIT's compiling the path that serves all five.
for i in "${!pages[@]}"; do
  extension=html
  [[ "${names[$i]}" == *.json ]] && extension=json
  for port in "${instance_ports[@]}"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARM_UP}s" "http://127.0.0.1:$port${pages[$i]}" >/dev/null
  done
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARM_UP}s" "http://127.0.0.1:$NGINX_PORT/page$i.$extension" >/dev/null
done

if ((INSTANCES > 1)); then
  printf "%-18s %8s %12s %10s %12s %10s %12s %10s %8s %8s\n" page bytes one/s "p99 ms" "$INSTANCES-balanced/s" "p99 ms" \
    nginx/s "p99 ms" "one/ngx" "bal/ngx"
else
  printf "%-18s %8s %12s %10s %12s %10s %8s\n" page bytes plumbline/s "p99 ms" nginx/s "p99 ms" ratio
fi
for i in "${!pages[@]}"; do
  extension=html
  [[ "${names[$i]}" == *.json ]] && extension=json
  bytes="$(stat -c %s "$WORK/root/page$i.$extension")"
  # warm each instance (the first request renders and keeps the page), then measure alternately
  for port in "${instance_ports[@]}"; do
    curl -fs -o /dev/null "http://127.0.0.1:$port${pages[$i]}"
  done
  read -r app_rps app_p99 < <(measure "http://127.0.0.1:$APP_PORT${pages[$i]}")
  if ((INSTANCES > 1)); then
    read -r balanced_rps balanced_p99 < <(measure "http://127.0.0.1:$BALANCER_PORT${pages[$i]}")
  fi
  read -r static_rps static_p99 < <(measure "http://127.0.0.1:$NGINX_PORT/page$i.$extension")
  if ((INSTANCES > 1)); then
    printf "%-18s %8s %12s %10s %12s %10s %12s %10s %8s %8s\n" "${names[$i]}" "$bytes" "$app_rps" "$app_p99" \
      "$balanced_rps" "$balanced_p99" "$static_rps" "$static_p99" "$(ratio "$app_rps" "$static_rps")" \
      "$(ratio "$balanced_rps" "$static_rps")"
  else
    printf "%-18s %8s %12s %10s %12s %10s %8s\n" "${names[$i]}" "$bytes" "$app_rps" "$app_p99" "$static_rps" \
      "$static_p99" "$(ratio "$app_rps" "$static_rps")"
  fi
done
for pid in "${app_pids[@]}"; do
  echo "resident memory of the instance $pid after the run: $(($(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024)) MB"
done
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
