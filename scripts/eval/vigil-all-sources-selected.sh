#!/usr/bin/env bash
# A stand-in for `vigil` that ../shared/eval/evaluate.py runs through VIGIL_CMD (see selection.sh): every command runs
# as is, except that before the first `screen` the home gets every other source too (scripts/all-sources-home.sh), and
# `screen` runs with `--lists ofac-sdn,un` (or $EVAL_LISTS). So the evaluation screens SDN + UN selected out of a home
# that holds all 11 sources.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
vigil=(dotnet "$here/src/Vigil.Cli/bin/Release/net10.0/vigil.dll")
if [ "${1:-}" = screen ]; then
  if [ ! -e "$VIGIL_HOME/.all-sources-loaded" ]; then
    VIGIL_CMD="${vigil[*]}" bash "$here/scripts/all-sources-home.sh" "${EVAL_DATA:-$here/../shared/data}" >&2
    touch "$VIGIL_HOME/.all-sources-loaded"
  fi
  exec "${vigil[@]}" "$@" --lists "${EVAL_LISTS:-ofac-sdn,un}"
fi
exec "${vigil[@]}" "$@"
