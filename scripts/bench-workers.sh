#!/usr/bin/env bash
# Workers over NATS JetStream (docs/performance-scale.md, "Distributed rescreening and payment stream (NATS)"): a register
# rescreen by 1 and 2 `vigil worker` processes against one process, and the payment stream's decision latency under a
# paced load. For people measuring; not part of CI.
#
#   bash scripts/bench-workers.sh [DATA_DIR]          # DATA_DIR defaults to ../shared/data
#
# Needs Debian's nats-server (apt-get install -y nats-server). Builds Release (BUILD=0 skips it), loads OFAC SDN 2021-07
# into a temporary home, generates CUSTOMERS (100,000) rows with vigil-generate (0.5 % made from SDN entries) and imports
# them with `vigil customers import` (which screens them in this one process: reported, not the figure sought). Then
# each configuration works on its own copy of that home and its own fresh `nats-server -js` (free loopback port,
# temporary store), so message ids of one never meet another's:
#   rescreen  "process": `vigil customers screen` (every customer against every entry) in one process;
#             "1" and "2": that many `vigil worker` processes started first, then `vigil customers screen --via nats
#             --chunk-size $CHUNK`; the time runs from the submit to the job's `done` in `vigil jobs ID --json` (polled
#             every 2 s), and the job's own started_at → finished_at is printed too.
#   stream    one `vigil worker --stream`, a warm-up of 5 s at 100 msg/s, then for each of RATES (200 500 1000) msg/s,
#             DURATION (30) s of paced messages from `Vigil.Benchmarks stream` (bench/Vigil.Benchmarks/StreamRun.cs:
#             JSON records of generated names, 2 % listed; 4 % MT103/pacs.008), which prints achieved decisions/s and the
#             latency percentiles, and fails if a message got no decision.
# PARTS (rescreen stream), CONFIGS (process 1 2), CHUNK (1000), RATES, DURATION, DRAIN (60) override the defaults;
# STEP_LIMIT (900 s) bounds each step. Every process is started under `timeout` and stopped by its pid at the end; the
# temporary folder is removed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/perf/lib.sh

data="$(cd "${1:-../shared/data}" && pwd)"
customers="${CUSTOMERS:-100000}"
configs="${CONFIGS:-process 1 2}"
parts="${PARTS:-rescreen stream}"
chunk="${CHUNK:-1000}"
rates="${RATES:-200 500 1000}"
duration="${DURATION:-30}"
drain="${DRAIN:-60}"
BENCH_DLL=bench/Vigil.Benchmarks/bin/Release/net10.0/Vigil.Benchmarks.dll

nats_bin="$(command -v nats-server || true)"
for candidate in /usr/sbin/nats-server /usr/bin/nats-server; do
  [ -z "$nats_bin" ] && [ -x "$candidate" ] && nats_bin="$candidate"
done
[ -n "$nats_bin" ] || { echo "nats-server not found: apt-get install -y nats-server (2.9 or later)" >&2; exit 2; }
[ -d "$data/ofac-sdn/2021-07" ] || { echo "bench-workers: $data has no ofac-sdn/2021-07 (pass the shared data folder)" >&2; exit 2; }

work="$(mktemp -d /tmp/vigil-workers.XXXXXX)"
pids=()
# stop_all: SIGTERM to every process started here (each is a `timeout`, which passes the signal on), then wait for it.
stop_all() {
  local pid
  for pid in "${pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  done
  pids=()
}
cleanup() { stop_all; rm -rf "$work"; }
trap cleanup EXIT

if [ "${BUILD:-1}" != 0 ]; then
  build_release
  timeout "$STEP_LIMIT" dotnet build -c Release bench/Vigil.Benchmarks -nologo -v quiet >&2
fi

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
# CPU seconds (user + system) of a process and its children that have been waited for.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# child PID: the process a `timeout` started here runs (the one whose CPU counts).
child() { local c=""; for _ in $(seq 1 50); do c="$(pgrep -P "$1" | head -1)"; [ -n "$c" ] && break; sleep 0.1; done; echo "${c:-$1}"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# start_nats NAME: a fresh JetStream server on a free loopback port with its store under $work/NAME; sets $nats_url.
start_nats() {
  local port; port="$(free_port)"
  mkdir -p "$work/$1"
  timeout "$STEP_LIMIT" "$nats_bin" -js -a 127.0.0.1 -p "$port" -sd "$work/$1" > "$work/$1.log" 2>&1 &
  pids+=("$!")
  for _ in $(seq 1 100); do
    grep -q "Server is ready" "$work/$1.log" && { nats_url="nats://127.0.0.1:$port"; export VIGIL_NATS="$nats_url"; return 0; }
    sleep 0.1
  done
  cat "$work/$1.log" >&2; exit 1
}

# start_worker LOG ARGS...: `vigil worker ARGS` in the background; its `timeout` pid in $worker_pid.
start_worker() {
  local log="$1"; shift
  timeout "$STEP_LIMIT" dotnet "$VIGIL_DLL" worker "$@" > "$work/$log" 2>&1 &
  worker_pid=$!; pids+=("$worker_pid")
}

# wait_log FILE TEXT PID: until FILE holds TEXT, failing when PID ended or after 60 s.
wait_log() {
  for _ in $(seq 1 600); do
    grep -q "$2" "$work/$1" 2>/dev/null && return 0
    kill -0 "$3" 2>/dev/null || break
    sleep 0.1
  done
  echo "$1: no '$2'" >&2; cat "$work/$1" >&2; exit 1
}

machine
echo "nats-server: $("$nats_bin" --version)"
home0="$work/home0"
export VIGIL_HOME="$home0"
echo "== load OFAC SDN 2021-07; $customers customers"
timed load vigil lists load ofac-sdn "$data/ofac-sdn/2021-07" || { cat "$work/load.err" >&2; exit 1; }
timed generate generate customers --count "$customers" --seed 1 --out "$work/customers.csv" --lists-dir "$data" \
  || { cat "$work/generate.err" >&2; exit 1; }
timed import vigil customers import "$work/customers.csv" || { cat "$work/import.err" >&2; exit 1; }
echo "customers import (screens at once, one process): $(wall import) s; $(cat "$work/import.out")"

rc=0
if [[ " $parts " == *" rescreen "* ]]; then
  echo "== rescreen: $customers customers, every customer against every entry"
  echo "| configuration | wall s (submit to done) | job started → finished s | customers/s | CPU s of the vigil processes | load average after |"
  echo "|---|---|---|---|---|---|"
  for config in $configs; do
    export VIGIL_HOME="$work/home-$config"
    cp -a "$home0" "$VIGIL_HOME"
    case "$config" in
      process)
        timed "screen-$config" vigil customers screen || { cat "$work/screen-$config.err" >&2; rc=1; continue; }
        secs="$(wall "screen-$config")"
        echo "| one process (\`vigil customers screen\`) | $secs | – | $(awk -v n="$customers" -v s="$secs" 'BEGIN { printf "%\047.0f", n / s }') | $(cpu_s "screen-$config") | $(cut -d' ' -f1-3 /proc/loadavg) |"
        ;;
      1|2)
        start_nats "nats-$config"
        workers=()
        for i in $(seq 1 "$config"); do
          start_worker "worker-$config-$i.log" --exit-when-idle 600
          workers+=("$worker_pid")
          wait_log "worker-$config-$i.log" "taking chunks" "$worker_pid"
        done
        start="$(now)"
        timed "submit-$config" vigil customers screen --via nats --chunk-size "$chunk" || { cat "$work/submit-$config.err" >&2; rc=1; stop_all; continue; }
        job="$(sed -n 's/^Job \([0-9]*\) .*/\1/p' "$work/submit-$config.out")"
        [ -n "$job" ] || { echo "no job id in: $(cat "$work/submit-$config.out")" >&2; rc=1; stop_all; continue; }
        state=""
        deadline=$(( $(date +%s) + STEP_LIMIT ))
        while [ "$(date +%s)" -lt "$deadline" ]; do
          timeout 60 dotnet "$VIGIL_DLL" jobs "$job" --json > "$work/job-$config.json" 2>/dev/null || true
          state="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["state"])' "$work/job-$config.json" 2>/dev/null || true)"
          [ "$state" = done ] || [ "$state" = failed ] && break
          sleep 2
        done
        secs="$(since "$start")"
        own="$(python3 -c 'import json,sys,datetime as d; j=json.load(open(sys.argv[1])); f=lambda s: d.datetime.fromisoformat(s.replace("Z","+00:00")); print("%.1f" % (f(j["finished_at"]) - f(j["started_at"])).total_seconds() if j.get("finished_at") else "–")' "$work/job-$config.json")"
        cpu=0; for w in "${workers[@]}"; do cpu=$(awk -v t="$cpu" -v c="$(cpu_seconds "$(child "$w")")" 'BEGIN { print t + c }'); done
        if [ "$state" != done ]; then echo "job $job of $config workers: state '$state' after $secs s" >&2; cat "$work"/worker-"$config"-*.log >&2; rc=1; fi
        echo "| $config worker(s) (\`customers screen --via nats --chunk-size $chunk\`) | $secs | $own | $(awk -v n="$customers" -v s="$secs" 'BEGIN { printf "%\047.0f", n / s }') | $cpu (workers) | $(cut -d' ' -f1-3 /proc/loadavg) |"
        stop_all
        ;;
      *) echo "CONFIGS: '$config' is not process, 1 or 2" >&2; exit 2 ;;
    esac
    rm -rf "$VIGIL_HOME"
  done
fi

if [[ " $parts " == *" stream "* ]]; then
  echo "== payment stream: one 'vigil worker --stream', paced load, $duration s per rate"
  export VIGIL_HOME="$work/home-stream"
  cp -a "$home0" "$VIGIL_HOME"
  start_nats nats-stream
  timed names generate customers --count 20000 --seed 3 --out "$work/names.csv" --lists-dir "$data" --hit-share 0.02 \
    || { cat "$work/names.err" >&2; exit 1; }
  start_worker stream.log --stream
  stream_worker="$(child "$worker_pid")"
  wait_log stream.log "worker stream: consuming" "$worker_pid"
  timeout "$STEP_LIMIT" dotnet "$BENCH_DLL" stream --names "$work/names.csv" --rate 100 --seconds 5 --drain "$drain" > "$work/stream-warmup.out" 2> "$work/stream-warmup.err" \
    || { echo "warm-up run failed:" >&2; cat "$work/stream-warmup.out" "$work/stream-warmup.err" "$work/stream.log" >&2; exit 1; }
  rows=()
  for rate in $rates; do
    before="$(cpu_seconds "$stream_worker")"
    if ! timeout "$STEP_LIMIT" dotnet "$BENCH_DLL" stream --names "$work/names.csv" --rate "$rate" --seconds "$duration" --drain "$drain" > "$work/stream-$rate.out" 2> "$work/stream-$rate.err"; then
      echo "rate $rate: failed" >&2; cat "$work/stream-$rate.err" >&2; rc=1
    fi
    grep -v '^|' "$work/stream-$rate.out" || true
    echo "worker CPU s in the run: $(awk -v a="$before" -v b="$(cpu_seconds "$stream_worker")" 'BEGIN { printf "%.1f", b - a }'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
    rows+=("$(grep '^|' "$work/stream-$rate.out" || echo "| $rate | failed | | | | | |")")
  done
  echo "| offered msg/s | achieved decisions/s | p50 | p90 | p99 | max | decided / sent |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  stop_all
fi
exit "$rc"
