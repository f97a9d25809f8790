# Helpers shared by the perf scripts (sourced, not run). Every command they start is bounded by `timeout`.

# Seconds a single step may take before it is stopped (override with STEP_LIMIT).
STEP_LIMIT="${STEP_LIMIT:-900}"

VIGIL_DLL=src/Vigil.Cli/bin/Release/net10.0/vigil.dll
GENERATE_DLL=tools/Vigil.Generate/bin/Release/net10.0/vigil-generate.dll

build_release() {
  echo "== build (Release)" >&2
  timeout "$STEP_LIMIT" dotnet build -c Release src/Vigil.Cli -nologo -v quiet >&2
  timeout "$STEP_LIMIT" dotnet build -c Release tools/Vigil.Generate -nologo -v quiet >&2
}

# load_sdn_and_un DATA_DIR: loads OFAC SDN 2021-07 and UN 2026-02 from DATA_DIR into $VIGIL_HOME (the lists the HTTP
# load scripts search).
load_sdn_and_un() {
  echo "== load lists into $VIGIL_HOME" >&2
  timeout "$STEP_LIMIT" dotnet "$VIGIL_DLL" lists load ofac-sdn "$1/ofac-sdn/2021-07" >/dev/null
  timeout "$STEP_LIMIT" dotnet "$VIGIL_DLL" lists load un "$1/un/consolidated-2026-02.xml" >/dev/null
}

# timed NAME CMD...: runs CMD under `timeout` and `/usr/bin/time -v`, keeps its stdout/stderr in $work/NAME.{out,err}
# and the time report in $work/NAME.time; returns CMD's exit status. CMD `vigil` and `generate` stand for the built dlls.
timed() {
  local name="$1"; shift
  local rc=0
  case "$1" in
    vigil) shift; set -- dotnet "$VIGIL_DLL" "$@" ;;
    generate) shift; set -- dotnet "$GENERATE_DLL" "$@" ;;
  esac
  timeout "$STEP_LIMIT" /usr/bin/time -v -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" || rc=$?
  if [ "$rc" -eq 124 ]; then echo "$name: stopped after ${STEP_LIMIT} s (STEP_LIMIT)" >&2; fi
  return "$rc"
}

# wall NAME: elapsed seconds from NAME.time; cpu_s NAME: user + system CPU seconds; cpu_pct NAME: CPU share the
# process got (200% = both of 2 cores); rss_mb NAME: peak resident set in MB.
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$work/$1.time"; }
cpu_s() { awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$work/$1.time"; }
cpu_pct() { awk -F': ' '/Percent of CPU/ { print $2 }' "$work/$1.time"; }
rss_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/$1.time"; }

# median of the numbers on stdin
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) { print "n/a"; exit } if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

machine() {
  echo "machine: $(nproc) cores, $(lscpu | awk -F': *' '/Model name/ { print $2; exit }'), $(free -g | awk '/Mem:/ { print $2 }') GiB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg), dotnet $(dotnet --version)"
}
