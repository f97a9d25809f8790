#!/usr/bin/env bash
# HTTP load test of `vigil serve` on loopback (docs/performance.md, "HTTP service"). Not part of CI.
#
#   bash scripts/perf/loadtest.sh [DATA_DIR]        # DATA_DIR defaults to ../shared/data
#
# 1. steady: 64 connections on GET /api/v1/search for 30 s (after a 5 s warm-up), names from the dev queries;
# 2. reload: the same, while `vigil lists load ofac-sdn` loads another version a third of the way in: every request must succeed,
#    and the answers must come from the old versions, then from the new ones.
# 3. (between the two) GET /healthz for 10 s: what the HTTP stack costs without a search.
# Everything runs on 127.0.0.1, bounded by --duration and `timeout`; the server is stopped by its pid at the end.
# CONNECTIONS, DURATION and PORT override the defaults; NAMES=short searches six well-known names instead of the
# dev queries (cheaper searches: shows the HTTP layer's own cost).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/perf/lib.sh

data="$(cd "${1:-../shared/data}" && pwd)"
connections="${CONNECTIONS:-64}"
duration="${DURATION:-30}"
port="${PORT:-18480}"
work="$(mktemp -d)"
export VIGIL_HOME="$work/home"
LOADTEST_DLL=tools/Vigil.LoadTest/bin/Release/net10.0/vigil-loadtest.dll
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== build (Release)" >&2
timeout "$STEP_LIMIT" dotnet build -c Release src/Vigil.Cli -nologo -v quiet >&2
timeout "$STEP_LIMIT" dotnet build -c Release tools/Vigil.LoadTest -nologo -v quiet >&2

load_sdn_and_un "$data"
key="$(dotnet "$VIGIL_DLL" keys create loadtest 2>/dev/null)"

# Names to search: the dev queries' names (every script, persons and organisations, hits and misses).
names="$work/names.txt"
if [ "${NAMES:-dev}" = short ]; then
  printf '%s\n' "CEIEC" "Nicolas Maduro" "Corporacion China de Importaciones" "MV SEA STAR III" "Mohammed Ali Ahmad Hassan" "Xqzvbn Wrtplk" > "$names"
elif [ -f "$data/../eval/dev/queries.csv" ]; then
  python3 -c 'import csv,sys; [print(r["name"]) for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")) if r["name"].strip()]' \
    "$data/../eval/dev/queries.csv" > "$names"
else
  printf '%s\n' "CEIEC" "Nicolas Maduro" "MV SEA STAR III" "Mohammed Ali Ahmad Hassan" > "$names"
fi

echo "== start vigil serve on 127.0.0.1:$port" >&2
dotnet "$VIGIL_DLL" serve --urls "http://127.0.0.1:$port" > "$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.2
done
curl -sf "http://127.0.0.1:$port/readyz" >&2; echo >&2
machine

run_load() {
  timeout $((duration + 120)) dotnet "$LOADTEST_DLL" --url "http://127.0.0.1:$port" --key "$key" \
    --connections "$connections" --duration "$duration" --names "$names"
}

# CPU seconds (user + system) a process has used so far: the server's cost per request, whatever else loads the machine.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }

echo "== steady: $connections connections, $duration s"
cpu_before=$(cpu_seconds "$server_pid")
run_load | tee "$work/steady.txt"
cpu_after=$(cpu_seconds "$server_pid")
# The warm-up's requests are not counted, so this slightly overstates the cost per measured request.
awk -v a="$cpu_before" -v b="$cpu_after" '/^requests/ { printf "server_cpu_s     %.1f (warm-up included)\nserver_cpu_ms_per_request %.3f\n", b - a, (b - a) * 1000 / $2 }' "$work/steady.txt"

echo "== HTTP floor: GET /healthz (no search, no key check), $connections connections, 10 s"
cpu_before=$(cpu_seconds "$server_pid")
timeout 200 dotnet "$LOADTEST_DLL" --url "http://127.0.0.1:$port" --connections "$connections" --duration 10 --healthz | tee "$work/healthz.txt"
cpu_after=$(cpu_seconds "$server_pid")
awk -v a="$cpu_before" -v b="$cpu_after" '/^requests/ { printf "server_cpu_ms_per_request %.3f (warm-up included)\n", (b - a) * 1000 / $2 }' "$work/healthz.txt"

echo "== reload: $connections connections, $duration s; ofac-sdn 2019-01 loaded a third of the way in"
run_load > "$work/reload.txt" &
load_pid=$!
sleep $((5 + duration / 3))   # the tool's 5 s warm-up, then a third of the measured run
timeout "$STEP_LIMIT" dotnet "$VIGIL_DLL" lists load ofac-sdn "$data/ofac-sdn/2019-01" --max-removed 100 | head -1   # 2019-01 removes 21 % of 2021-07: allow it, or it is held
rc=0; wait "$load_pid" || rc=$?
cat "$work/reload.txt"
grep -q "index ready" "$work/serve.log" && grep "index ready" "$work/serve.log" | sed 's/^ */server: /'
[ "$(grep -c '^answered_by' "$work/reload.txt")" -ge 2 ] || { echo "reload: the new version never answered" >&2; rc=1; }
exit "$rc"
