#!/usr/bin/env bash
# Builds Vigil, loads the official lists into the embedded store ($VIGIL_HOME, default ~/.vigil), shows one listed
# entry and screens the seed cases. The lists come from DATA_DIR when given (ofac-sdn/2021-07/ and
# un/consolidated-2026-02.xml), otherwise they are downloaded from the publishers with 'vigil lists sync'.
#   usage: bash scripts/quickstart.sh [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-}"

dotnet build -c Release src/Vigil.Cli -nologo -v quiet
vigil() { dotnet src/Vigil.Cli/bin/Release/net10.0/vigil.dll "$@"; }

if [ -n "$data" ] && [ -d "$data" ]; then
    vigil lists load ofac-sdn "$data/ofac-sdn/2021-07"
    vigil lists load un "$data/un/consolidated-2026-02.xml"
else
    [ -z "$data" ] || echo "quickstart: $data is not a directory" >&2
    echo "quickstart: no data folder: downloading OFAC SDN and the UN list from their publishers (vigil lists sync)" >&2
    log="$(mktemp)"
    trap 'rm -f "$log"' EXIT
    # SDN first: offline, its retries fail within seconds and the UN list is not tried.
    for source in ofac-sdn un; do
        if ! vigil lists sync --source "$source" >"$log" 2>&1; then
            echo "quickstart: offline? vigil lists sync could not download $source; pass a folder holding ofac-sdn/2021-07/ and un/consolidated-2026-02.xml: bash scripts/quickstart.sh ../shared/data" >&2
            exit 1
        fi
        cat "$log"
    done
fi
vigil lists
vigil entity ofac-sdn:30502
vigil search "Corporación China de Importaciones y Exportaciones Electrónicas"
vigil search "Nicolás Maduro" --type person
vigil search "Steven Mnuchin" --type person
