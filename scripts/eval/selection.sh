#!/usr/bin/env bash
# The dev evaluation with every source loaded and only OFAC SDN + UN selected (issue 15: "the dev set's accuracy
# unchanged when only OFAC SDN + UN are selected"). Runs ../shared/eval/evaluate.py with VIGIL_CMD set to
# vigil-all-sources-selected.sh: the evaluator loads SDN 2021-07 and UN as always, the wrapper adds the other nine
# sources before screening and screens with --lists ofac-sdn,un. The figures must equal the plain evaluation's.
#
#   usage: bash scripts/eval/selection.sh [QUERIES]     (default ../shared/eval/dev/queries.csv; build Release first)
#   env:   EVAL_LISTS (default ofac-sdn,un)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
queries="${1:-$here/../shared/eval/dev/queries.csv}"
VIGIL_CMD="bash $here/scripts/eval/vigil-all-sources-selected.sh" \
  python3 "$here/../shared/eval/evaluate.py" --queries "$queries" --project "$here"
