#!/usr/bin/env bash
# HTTP searches/s with 1 and 2 `vigil serve` nodes on one VIGIL_HOME behind one port (docs/performance-scale.md,
# "Several serve nodes behind one port"). For people measuring; not part of CI.
#
#   bash scripts/bench-nodes.sh [DATA_DIR]            # DATA_DIR defaults to ../shared/data
#
# Needs Debian's nginx and wrk (apt-get install -y nginx wrk). Loads OFAC SDN 2021-07 + UN into a temporary home, creates
# an API key, then for each configuration starts the nodes (`vigil serve` on free loopback ports, same home, same SQLite
# file), nginx in the foreground on 127.0.0.1:$PORT with a temporary config (round robin, keep-alive to the nodes), and
# drives GET /api/v1/search with wrk (a Lua script rotating the dev queries' names, bearer key): a warm-up of $WARMUP s,
# then $DURATION s measured. Configurations: "direct" (wrk straight to one node, no proxy), "1" and "2" (nodes behind nginx);
# CONFIGS overrides the list. Each node's CPU seconds during the measured run are printed, to show how the load spread.
# Everything is bounded by `timeout`; the nodes and nginx are stopped by their pids at the end.
# CONNECTIONS (64), THREADS (2), DURATION (30), WARMUP (5), PORT (18580) override the defaults; BUILD=0 skips the build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/perf/lib.sh

data="$(cd "${1:-../shared/data}" && pwd)"
connections="${CONNECTIONS:-64}"
threads="${THREADS:-2}"
duration="${DURATION:-30}"
warmup="${WARMUP:-5}"
port="${PORT:-18580}"
configs="${CONFIGS:-direct 1 2}"
command -v nginx >/dev/null || { echo "nginx not found: apt-get install -y nginx" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 2; }

work="$(mktemp -d)"
export VIGIL_HOME="$work/home"
pids=()
stop_all() {
  local pid
  for pid in "${pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  done
  pids=()
}
cleanup() { stop_all; rm -rf "$work"; }
trap cleanup EXIT

if [ "${BUILD:-1}" != 0 ]; then
  echo "== build (Release)" >&2
  timeout "$STEP_LIMIT" dotnet build -c Release src/Vigil.Cli -nologo -v quiet >&2
fi

load_sdn_and_un "$data"
key="$(dotnet "$VIGIL_DLL" keys create bench 2>/dev/null)"

# Names to search: the dev queries' names (every script, persons and organisations, hits and misses), URL-encoded.
names="$work/names.txt"
if [ -f "$data/../eval/dev/queries.csv" ]; then
  python3 -c 'import csv,sys,urllib.parse as u; [print(u.quote(r["name"].strip())) for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")) if r["name"].strip()]' \
    "$data/../eval/dev/queries.csv" > "$names"
else
  printf '%s\n' CEIEC Nicolas%20Maduro MV%20SEA%20STAR%20III Mohammed%20Ali%20Ahmad%20Hassan > "$names"
fi

cat > "$work/search.lua" <<'LUA'
-- GET /api/v1/search?name=... with the bearer key; each thread walks the names from its own offset.
local names, key, next_name = {}, nil, 1
function init(args)
  for line in io.lines(args[1]) do names[#names + 1] = line end
  key = args[2]
  next_name = (math.floor(os.clock() * 1000003) % #names) + 1
end
function request()
  local name = names[next_name]
  next_name = next_name % #names + 1
  return wrk.format("GET", "/api/v1/search?name=" .. name, { ["Authorization"] = "Bearer " .. key })
end
function done(summary, latency, requests)
  io.write(string.format("searches_per_s %.0f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("failed %d (non-2xx %d, socket errors %d)\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({ 50, 90, 99 }) do io.write(string.format("p%d_ms %.2f\n", p, latency:percentile(p) / 1000)) end
end
LUA

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
# CPU seconds of nginx's worker processes (the children of the master started here); 0 without nginx.
nginx_cpu() {
  local total=0 w
  if [ -n "$nginx_pid" ]; then
    for w in $(pgrep -P "$nginx_pid"); do total=$(awk -v t="$total" -v c="$(cpu_seconds "$w")" 'BEGIN { print t + c }'); done
  fi
  echo "$total"
}
wait_ready() {
  local url="$1" pid="$2"
  for _ in $(seq 1 600); do
    curl -sf "$url/readyz" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.2
  done
  return 1
}

# start_nodes N: starts N nodes on the home; their ports in $node_ports, pids in $node_pids (and $pids).
start_nodes() {
  node_ports=(); node_pids=()
  local i p
  for i in $(seq 1 "$1"); do
    p="$(free_port)"
    dotnet "$VIGIL_DLL" serve --urls "http://127.0.0.1:$p" > "$work/node$i.log" 2>&1 &
    node_pids+=("$!"); pids+=("$!"); node_ports+=("$p")
  done
  for i in "${!node_ports[@]}"; do
    wait_ready "http://127.0.0.1:${node_ports[$i]}" "${node_pids[$i]}" || { cat "$work/node$((i + 1)).log" >&2; exit 1; }
  done
}

start_nginx() {
  mkdir -p "$work/nginx"
  {
    [ "$(id -u)" = 0 ] && echo "user root;"
    echo "worker_processes 1; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log warn;"
    echo "events { worker_connections 4096; }"
    echo "http {"
    echo "  access_log off;"
    echo "  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;"
    echo "  fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;"
    echo "  upstream vigil {"
    for p in "${node_ports[@]}"; do echo "    server 127.0.0.1:$p max_fails=0;"; done
    echo "    keepalive 128;"
    echo "  }"
    echo "  server {"
    echo "    listen 127.0.0.1:$port;"
    echo "    location / { proxy_pass http://vigil; proxy_http_version 1.1; proxy_set_header Connection \"\"; proxy_set_header Host \$host; }"
    echo "  }"
    echo "}"
  } > "$work/nginx/nginx.conf"
  nginx -p "$work/nginx" -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf" -g "daemon off;" &
  pids+=("$!"); nginx_pid=$!
  for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0; sleep 0.1; done
  cat "$work/nginx/error.log" >&2; exit 1
}

machine
echo "connections $connections, wrk threads $threads, warm-up $warmup s, measured $duration s; names: $(wc -l < "$names")"
rc=0
for config in $configs; do
  case "$config" in
    direct) start_nodes 1; url="http://127.0.0.1:${node_ports[0]}"; nginx_pid="" ;;
    1|2) start_nodes "$config"; start_nginx; url="http://127.0.0.1:$port" ;;
    *) echo "CONFIGS: '$config' is not direct, 1 or 2" >&2; exit 2 ;;
  esac
  echo "== $config: $url -> nodes ${node_ports[*]}"
  timeout $((warmup + 60)) wrk -t"$threads" -c"$connections" -d"${warmup}s" -s "$work/search.lua" "$url" -- "$names" "$key" >/dev/null
  before=(); for pid in "${node_pids[@]}"; do before+=("$(cpu_seconds "$pid")"); done
  nginx_before=$(nginx_cpu)
  timeout $((duration + 60)) wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s "$work/search.lua" "$url" -- "$names" "$key" > "$work/$config.txt"
  grep -E '^(searches_per_s|failed|p50_ms|p90_ms|p99_ms)' "$work/$config.txt"
  echo "load_average $(cut -d' ' -f1-3 /proc/loadavg) (after the run; 2 cores shared with wrk, nginx and anything else)"
  for i in "${!node_pids[@]}"; do
    echo "node$((i + 1))_cpu_s $(awk -v a="${before[$i]}" -v b="$(cpu_seconds "${node_pids[$i]}")" 'BEGIN { printf "%.1f", b - a }')"
  done
  if [ -n "$nginx_pid" ]; then
    echo "nginx_worker_cpu_s $(awk -v a="$nginx_before" -v b="$(nginx_cpu)" 'BEGIN { printf "%.1f", b - a }')"
  fi
  grep -q '^failed 0 ' "$work/$config.txt" || { echo "$config: some requests failed" >&2; rc=1; }
  stop_all
done
exit "$rc"
