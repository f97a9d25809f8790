#!/usr/bin/env bash
# Loads the latest file of every source in the shared data (the 11 of docs/lists.md) into $VIGIL_HOME: the "every source
# loaded" setup of docs/performance.md and scripts/eval/selection.sh. Sources already active in the home are skipped.
#
#   usage: VIGIL_HOME=DIR bash scripts/all-sources-home.sh [DATA_DIR]     (default ../shared/data)
#   env:   VIGIL_CMD (default: dotnet src/Vigil.Cli/bin/Release/net10.0/vigil.dll, built with dotnet build -c Release)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$here/../shared/data}"
: "${VIGIL_HOME:?set VIGIL_HOME to the home to fill}"
read -r -a vigil <<< "${VIGIL_CMD:-dotnet $here/src/Vigil.Cli/bin/Release/net10.0/vigil.dll}"

# source  path (the latest version of each in the shared data)
sources=(
  "ofac-sdn      $data/ofac-sdn/2021-07"
  "ofac-cons     $data/ofac-cons/2025-12"
  "un            $data/un/consolidated-2026-02.xml"
  "uk-ofsi       $data/uk-ofsi/2025-04-14"
  "au-dfat       $data/au-dfat/2024-11"
  "eu-fsf        $data/eu-fsf/2020-04-15-excerpt/sample_eu_sanctions.xml"
  "ca-sema       $data/ca-sema/2025-05"
  "us-csl        $data/us-csl/csl.csv"
  "bis-dpl       $data/bis-dpl/dpl.txt"
  "ofac-advanced $data/ofac-advanced/2020-03"
  "ofac-enhanced $data/ofac-enhanced/CONS_ENHANCED.ZIP"
)
active="$("${vigil[@]}" lists 2>/dev/null || true)"
err="$(mktemp)"
trap 'rm -f "$err"' EXIT
for line in "${sources[@]}"; do
  read -r source path <<< "$line"
  if grep -qE "(^|│) *$source *(│|$)" <<< "$active"; then continue; fi
  "${vigil[@]}" lists load "$source" "$path" > /dev/null 2> "$err" || { cat "$err" >&2; exit 1; }

  echo "loaded $source from $path" >&2
done
