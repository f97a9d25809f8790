#!/usr/bin/env bash
# The screening index at scale. For synthetic lists of each size in SIZES: generate the list (OFAC CSV), then run
# `vigil-generate scale` (in-process: parse, index build time, memory, single-threaded p50/p99 search latency over
# 1,000 generated customers after warm-up, the exhaustive scan on a smaller sample, same alerts or not).
# Then, for the largest size, the real CLI: `vigil lists load ofac-sdn DIR` (time, peak RSS, database size) and, if the
# load succeeded, `vigil screen` on 1,000 customers (store load and index build times, peak RSS) and a cold `vigil search`.
# With dotnet-gcdump / dotnet-trace on PATH or in TOOLS_DIR, the largest in-process run also takes a heap summary
# and a CPU profile of the searches (PROFILE=0 to skip).
#
#   usage: bash scripts/perf/scale.sh [DATA_DIR]        (default ../shared/data)
#   env:   SIZES="10000 100000 1000000"  QUERIES=1000  EXHAUSTIVE="200 100 60" (per size)  BUDGET=400 (s, exhaustive)
#          CLI=1 (the CLI steps)  PROFILE=1  TOOLS_DIR=/tmp/dntools  STEP_LIMIT=2400 (s per step)  KEEP=1 (keep work folder)
set -euo pipefail
cd "$(dirname "$0")/../.."
STEP_LIMIT="${STEP_LIMIT:-2400}"
. scripts/perf/lib.sh
data="${1:-../shared/data}"
read -r -a sizes <<< "${SIZES:-10000 100000 1000000}"
read -r -a exhaustive <<< "${EXHAUSTIVE:-200 100 60}"
queries="${QUERIES:-1000}"
budget="${BUDGET:-400}"
tools="${TOOLS_DIR:-/tmp/dntools}"
[ -d "$data/ofac-sdn/2021-07" ] || { echo "scale: $data has no ofac-sdn/2021-07 (pass the shared data folder)" >&2; exit 2; }

work="$(mktemp -d /tmp/vigil-scale.XXXXXX)"
cleanup() {
  jobs -p | xargs -r kill 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then echo "work folder kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

build_release
machine
largest="${sizes[${#sizes[@]}-1]}"
have_tool() { command -v "$1" >/dev/null 2>&1 || [ -x "$tools/$1" ]; }
tool() { if command -v "$1" >/dev/null 2>&1; then "$@"; else local t="$1"; shift; "$tools/$t" "$@"; fi; }

for i in "${!sizes[@]}"; do
  n="${sizes[$i]}"
  e="${exhaustive[$i]:-${exhaustive[${#exhaustive[@]}-1]}}"
  list="$work/list-$n"
  echo
  echo "== $n entities: generate"
  timed "generate-$n" generate list --count "$n" --seed 1 --out "$list" --lists-dir "$data" --stats
  cat "$work/generate-$n.err" "$work/generate-$n.out"
  echo "list files: $(du -sh "$list" | cut -f1)"

  echo "== $n entities: in-process scale run ($queries queries, $e exhaustive)"
  profile=0
  if [ "$n" = "$largest" ] && [ "${PROFILE:-1}" = 1 ] && have_tool dotnet-gcdump && have_tool dotnet-trace; then profile=1; fi
  if [ "$profile" = 0 ]; then
    timed "scale-$n" generate scale --list "$list" --queries "$queries" --exhaustive-queries "$e" --exhaustive-budget "$budget" --phases
  else
    # Held after its measurements: a heap summary, then a CPU profile of 20 s of searching.
    hold="$work/hold-$n"
    timeout "$STEP_LIMIT" /usr/bin/time -v -o "$work/scale-$n.time" \
      dotnet "$GENERATE_DLL" scale --list "$list" --queries "$queries" \
      --exhaustive-queries "$e" --exhaustive-budget "$budget" --phases --hold-file "$hold" --search-loop 25 \
      >"$work/scale-$n.out" 2>"$work/scale-$n.err" &
    pid=$!
    while kill -0 "$pid" 2>/dev/null && [ ! -s "$hold" ]; do sleep 1; done
    if [ -s "$hold" ]; then
      target=$(cat "$hold")
      timeout 600 tool dotnet-gcdump collect -p "$target" -o "$work/heap-$n.gcdump" >/dev/null 2>&1 || echo "gcdump failed" >&2
      timeout 60 tool dotnet-gcdump report "$work/heap-$n.gcdump" 2>/dev/null | head -25 > "$work/heap-$n.txt" || true
      timeout 120 tool dotnet-trace collect -p "$target" --duration 00:00:00:20 -o "$work/search-$n.nettrace" >/dev/null 2>&1 &
      tracer=$!
      sleep 3
      rm -f "$hold"
      wait "$tracer" || true
      timeout 300 tool dotnet-trace report "$work/search-$n.nettrace" topN -n 15 > "$work/search-$n.exclusive.txt" 2>&1 || true
      timeout 300 tool dotnet-trace report "$work/search-$n.nettrace" topN -n 25 --inclusive > "$work/search-$n.inclusive.txt" 2>&1 || true
    fi
    wait "$pid" || echo "scale run for $n failed or was stopped" >&2
  fi
  cat "$work/scale-$n.out"
  echo "peak RSS of the scale run (parse + build + searches): $(rss_mb "scale-$n") MB"
  grep '^SCALE' "$work/scale-$n.out" | sed "s/\$/ peak_rss_mb=$(rss_mb "scale-$n")/" >> "$work/summary"
  if [ -s "$work/heap-$n.txt" ]; then echo "-- heap by type after build ($n):"; cat "$work/heap-$n.txt"; fi
  if [ -s "$work/search-$n.exclusive.txt" ]; then
    echo "-- CPU profile of 20 s of indexed searches ($n), exclusive:"; cat "$work/search-$n.exclusive.txt"
    echo "-- inclusive:"; cat "$work/search-$n.inclusive.txt"
  fi
done

if [ "${CLI:-1}" = 1 ]; then
  n="$largest"
  export VIGIL_HOME="$work/home-$n"
  echo
  echo "== $n entities through the CLI: vigil lists load ofac-sdn $work/list-$n"
  rc=0; timed "cli-load-$n" vigil lists load ofac-sdn "$work/list-$n" || rc=$?
  echo "exit $rc after $(wall "cli-load-$n") s, peak RSS $(rss_mb "cli-load-$n") MB"
  head -5 "$work/cli-load-$n.out"; tail -5 "$work/cli-load-$n.err"
  ls -l "$VIGIL_HOME" 2>/dev/null | sed 's/^/  /'
  echo "database size: $(du -cb "$VIGIL_HOME"/vigil.db* 2>/dev/null | awk 'END { printf "%.0f MB", $1 / 1048576 }')"
  if [ "$rc" = 0 ]; then
    timed "cli-customers" generate customers --count 1000 --seed 2 --out "$work/customers-1k.csv" --lists-dir "$data" --hit-share 0
    rc=0; timed "cli-screen-$n" vigil screen "$work/customers-1k.csv" --out "$work/results-$n.jsonl" || rc=$?
    echo "vigil screen (1,000 rows): exit $rc after $(wall "cli-screen-$n") s, peak RSS $(rss_mb "cli-screen-$n") MB"
    grep -E '^(index|screened)' "$work/cli-screen-$n.err" || tail -5 "$work/cli-screen-$n.err"
    rc=0; timed "cli-search-$n" vigil search "Nicolas Maduro Moros" --type person --json || rc=$?
    echo "cold vigil search: exit $rc after $(wall "cli-search-$n") s, peak RSS $(rss_mb "cli-search-$n") MB"
  fi
fi

echo
echo "== summary"
cat "$work/summary"
