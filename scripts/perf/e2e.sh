#!/usr/bin/env bash
# End-to-end speed of `vigil screen` as a user runs it: builds Release, loads OFAC SDN 2021-07 and the UN list into a
# temporary VIGIL_HOME, generates a customer file (100,000 rows, 0.5% true hits from the SDN list) and screens it RUNS
# times under /usr/bin/time -v. Prints records/second, peak RSS, time to first result, the store-load and index-build
# times `vigil screen` reports, and the time of one `vigil search` from a cold process.
#
#   usage: bash scripts/perf/e2e.sh [DATA_DIR]          (default ../shared/data)
#   env:   ROWS=100000 RUNS=3 SEARCHES=3 STEP_LIMIT=900 (seconds per step) KEEP=1 (keep the work folder)
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/perf/lib.sh
data="${1:-../shared/data}"
rows="${ROWS:-100000}"
runs="${RUNS:-3}"
searches="${SEARCHES:-3}"
[ -d "$data/ofac-sdn/2021-07" ] || { echo "e2e: $data has no ofac-sdn/2021-07 (pass the shared data folder)" >&2; exit 2; }

work="$(mktemp -d /tmp/vigil-e2e.XXXXXX)"
cleanup() {
  jobs -p | xargs -r kill 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then echo "work folder kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
export VIGIL_HOME="$work/home"

build_release
machine

echo "== load SDN 2021-07 + UN into $VIGIL_HOME"
timed load-sdn vigil lists load ofac-sdn "$data/ofac-sdn/2021-07"
timed load-un vigil lists load un "$data/un/consolidated-2026-02.xml"
echo "load ofac-sdn: $(wall load-sdn) s, peak RSS $(rss_mb load-sdn) MB; load un: $(wall load-un) s, peak RSS $(rss_mb load-un) MB"

echo "== generate $rows customers"
timed generate generate customers --count "$rows" --seed 1 --out "$work/customers.csv" --lists-dir "$data" --expected
cat "$work/generate.err"

# screen_once N: one `vigil screen` run; samples the output file every 20 ms to note when the first result lands.
screen_once() {
  local n="$1" out="$work/results.$1.jsonl" start first="" rc=0
  start=$(date +%s%N)
  timeout "$STEP_LIMIT" /usr/bin/time -v -o "$work/screen.$n.time" \
    dotnet "$VIGIL_DLL" screen "$work/customers.csv" --out "$out" \
    >"$work/screen.$n.out" 2>"$work/screen.$n.err" &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    if [ -z "$first" ] && [ -s "$out" ]; then first=$(date +%s%N); fi
    sleep 0.02
  done
  wait "$pid" || rc=$?
  [ "$rc" -eq 0 ] || { echo "screen run $n failed (exit $rc):" >&2; tail -5 "$work/screen.$n.err" >&2; return "$rc"; }
  [ -n "$first" ] || first=$(date +%s%N)
  echo "$(( (first - start) / 1000000 ))" > "$work/screen.$n.first_ms"
}

echo "== vigil screen customers.csv --out results.jsonl ($runs runs)"
for n in $(seq 1 "$runs"); do
  screen_once "$n"
  w=$(wall "screen.$n"); r=$(rss_mb "screen.$n"); f=$(cat "$work/screen.$n.first_ms")
  index=$(grep '^index:' "$work/screen.$n.err" | sed 's/^index: //')
  store_ms=$(grep '^index:' "$work/screen.$n.err" | sed -E 's/.*store ([0-9,]+) ms.*/\1/; s/,//g')
  build_ms=$(grep '^index:' "$work/screen.$n.err" | sed -E 's/.*(build|snapshot read) ([0-9,]+) ms.*/\2/; s/,//g')
  screened=$(grep '^screened' "$work/screen.$n.err" | sed -E 's/^screened ([0-9,]+) rows.*/\1/; s/,//g')
  rate=$(awk -v n="$screened" -v w="$w" 'BEGIN { printf "%.0f", n / w }')
  steady=$(awk -v n="$screened" -v w="$w" -v f="$f" 'BEGIN { printf "%.0f", n / (w - f / 1000) }')
  c=$(cpu_s "screen.$n"); percpu=$(awk -v n="$screened" -v c="$c" 'BEGIN { printf "%.0f", n / c }')
  echo "run $n: $screened rows in $w s wall = $rate records/s (after the first result: $steady records/s); peak RSS $r MB;" \
       "first result after $f ms; store load $store_ms ms, index build or snapshot read $build_ms ms;" \
       "CPU $c s ($(cpu_pct "screen.$n") of one core) = $percpu records per CPU-second; load average $(cut -d' ' -f1 /proc/loadavg)"
  echo "  vigil: $(grep '^screened' "$work/screen.$n.err")"
  echo "  index: $index"
  echo "$rate" >> "$work/rates"; echo "$steady" >> "$work/steady"; echo "$r" >> "$work/rss"; echo "$f" >> "$work/first"
  echo "$percpu" >> "$work/percpu"; echo "$w" >> "$work/walls"; echo "$store_ms" >> "$work/store"; echo "$build_ms" >> "$work/build"
done

# Planted true hits: the rows whose `expected` SDN entry is among their alerts.
python3 - "$work/customers.csv" "$work/results.1.jsonl" <<'PY'
import csv, json, sys
expected = {r["id"]: r["expected"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")) if r["expected"]}
found = alerted = rows = 0
for line in open(sys.argv[2], encoding="utf-8"):
    r = json.loads(line); rows += 1
    if r["matches"]: alerted += 1
    want = expected.get(r["id"])
    if want and any(f'{m["source"]}:{m["source_id"]}' == want for m in r["matches"]): found += 1
print(f"alerts: {alerted:,} of {rows:,} rows ({alerted / max(rows, 1):.2%}) raise at least one alert; "
      f"planted true hits alerted on their SDN entry: {found} of {len(expected)}")
PY

echo "== vigil search from a cold process ($searches runs)"
for n in $(seq 1 "$searches"); do
  timed "search.$n" vigil search "Nicolas Maduro Moros" --type person --json
  echo "$(wall "search.$n")" >> "$work/search_walls"; echo "$(rss_mb "search.$n")" >> "$work/search_rss"
done
echo "search: $(head -c 160 "$work/search.1.out")"

echo
echo "== summary (median of $runs screen runs, $searches searches)"
echo "screen $rows rows: $(median < "$work/rates") records/s end to end (wall $(median < "$work/walls") s);" \
     "$(median < "$work/steady") records/s after the first result"
pc=$(median < "$work/percpu")
echo "screen CPU: $pc records per CPU-second; with all $(nproc) cores free and perfect scaling at most" \
     "$(awk -v r="$pc" -v n="$(nproc)" 'BEGIN { printf "%.0f", r * n }') records/s"
echo "screen peak RSS: $(median < "$work/rss") MB; time to first result: $(median < "$work/first") ms" \
     "(store load $(median < "$work/store") ms, index build $(median < "$work/build") ms)"
echo "cold vigil search: $(median < "$work/search_walls") s wall, peak RSS $(median < "$work/search_rss") MB"
echo "targets: >= 10,000 records/s; <= 400 MB with SDN+UN"
