#!/usr/bin/env bash
# The screening index at scale, measured in-process with `vigil-generate scale` (parse, index build time, memory,
# single-threaded p50/p99 search latency over 1,000 generated customers after warm-up, the exhaustive scan on a smaller
# sample, and whether both raise the same alerts): first on the real lists (SDN 2021-07 + UN) as a reference, then on
# synthetic lists of each size in SIZES (generated in the OFAC CSV format).
# Then, for the largest size, the real CLI: `vigil lists load ofac-sdn DIR` (time, peak RSS, database size) and, if the
# load succeeded, `vigil screen` on 1,000 customers (store load and index build times, peak RSS) and a cold `vigil search`.
# The real-list run and the runs of PROFILE_SIZES (default 100000 and the largest) also estimate the memory of each part
# of the index; with dotnet-trace on PATH or in TOOLS_DIR (`dotnet tool install --tool-path /tmp/dntools dotnet-trace`)
# and PROFILE=1 they also take a CPU profile of the searches, and the largest one of its index build.
#
#   usage: bash scripts/perf/scale.sh [DATA_DIR]        (default ../shared/data)
#   env:   SIZES="10000 100000 1000000"  QUERIES=1000  EXHAUSTIVE="200 100 60" (per size; the first also for the real
#          lists)  BUDGET=400 (s, exhaustive)
#          REAL=1 (the real-list run)  CLI=1 (the CLI steps)  PROFILE=1  PROFILE_SIZES="100000 <largest>"
#          TOOLS_DIR=/tmp/dntools  STEP_LIMIT=2400 (s per step)  KEEP=1 (keep the work folder)
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
trace="$(command -v dotnet-trace || echo "$tools/dotnet-trace")"

# scale_run NAME PROFILE ARGS...: one in-process run of `vigil-generate scale ARGS`; with PROFILE=1 it also estimates
# the memory of each part of the index (--census) and, held after its measurements, is profiled over 20 s of indexed
# searches (dotnet-trace).
scale_run() {
  local name="$1" profile="$2"; shift 2
  if [ "$profile" = 1 ] && [ "${PROFILE:-1}" = 1 ] && [ -x "$trace" ]; then
    local hold="$work/hold-$name" pid target tracer
    timeout "$STEP_LIMIT" /usr/bin/time -v -o "$work/scale-$name.time" dotnet "$GENERATE_DLL" scale "$@" --census \
      --hold-file "$hold" --search-loop 25 >"$work/scale-$name.out" 2>"$work/scale-$name.err" &
    pid=$!
    while kill -0 "$pid" 2>/dev/null && [ ! -s "$hold" ]; do sleep 1; done
    if [ -s "$hold" ]; then
      target=$(cat "$hold")
      timeout 120 "$trace" collect -p "$target" --duration 00:00:00:20 -o "$work/search-$name.nettrace" >/dev/null 2>&1 &
      tracer=$!
      sleep 3
      rm -f "$hold"
      wait "$tracer" || true
      timeout 300 "$trace" report "$work/search-$name.nettrace" topN -n 25 > "$work/search-$name.exclusive.txt" 2>&1 || true
      timeout 300 "$trace" report "$work/search-$name.nettrace" topN -n 60 --inclusive > "$work/search-$name.inclusive.txt" 2>&1 || true
    fi
    wait "$pid" || echo "scale run $name failed or was stopped" >&2
  else
    if [ "$profile" = 1 ]; then set -- "$@" --census; fi
    timed "scale-$name" generate scale "$@" || echo "scale run $name failed or was stopped" >&2
  fi
  cat "$work/scale-$name.out"
  echo "peak RSS of the scale run (parse + build + searches): $(rss_mb "scale-$name") MB"
  grep '^SCALE' "$work/scale-$name.out" | sed "s/^SCALE/SCALE $name/; s/\$/ peak_rss_mb=$(rss_mb "scale-$name")/" >> "$work/summary" || true
  if [ -s "$work/search-$name.exclusive.txt" ]; then
    echo "-- CPU profile of 20 s of indexed searches ($name):"
    python3 scripts/perf/profile_share.py "$work/search-$name.inclusive.txt" "$work/search-$name.exclusive.txt"
  fi
}

if [ "${REAL:-1}" = 1 ]; then
  echo
  echo "== real lists (SDN 2021-07 + UN), customers as in e2e.sh (0.5% true hits)"
  scale_run real 1 --list "$data/ofac-sdn/2021-07" --add-un --lists-dir "$data" --hit-share 0.005 --queries "$queries" \
    --exhaustive-queries "${exhaustive[0]}" --exhaustive-budget "$budget" --phases
fi

# build_profile N: a CPU profile of parsing list N and building its index (no searches), as shares of the build.
build_profile() {
  local n="$1"
  [ "${PROFILE:-1}" = 1 ] && [ -x "$trace" ] || return 0
  echo "-- CPU profile of the index build ($n entities):"
  timeout "$STEP_LIMIT" "$trace" collect -o "$work/build-$n.nettrace" -- dotnet "$GENERATE_DLL" scale --list "$work/list-$n" \
    --lists-dir "$data" --queries 0 --warmup 0 --exhaustive-queries 0 >"$work/build-$n.out" 2>&1 || { echo "build profile failed" >&2; return 0; }
  grep -E '^(parse|build)' "$work/build-$n.out" || true
  timeout 300 "$trace" report "$work/build-$n.nettrace" topN -n 60 --inclusive > "$work/build-$n.inclusive.txt" 2>&1 || true
  timeout 300 "$trace" report "$work/build-$n.nettrace" topN -n 30 > "$work/build-$n.exclusive.txt" 2>&1 || true
  python3 scripts/perf/profile_share.py "$work/build-$n.inclusive.txt" "$work/build-$n.exclusive.txt" ScreeningIndex.Build
}

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
  profile=0; case " ${PROFILE_SIZES:-100000 $largest} " in *" $n "*) profile=1 ;; esac
  scale_run "$n" "$profile" --list "$list" --lists-dir "$data" --queries "$queries" --exhaustive-queries "$e" \
    --exhaustive-budget "$budget" --phases
  if [ "$n" = "$largest" ]; then build_profile "$n"; fi
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
