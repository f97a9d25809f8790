#!/usr/bin/env bash
# Builds Vigil, loads the official lists from DATA_DIR into the embedded store ($VIGIL_HOME, default ~/.vigil),
# shows one listed entry and screens the seed cases.
#   usage: bash scripts/quickstart.sh [DATA_DIR]      (default: ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
[ -d "$data" ] || { echo "quickstart: $data is not a directory (pass the folder holding ofac-sdn/ and un/)" >&2; exit 2; }

dotnet build -c Release src/Vigil.Cli -nologo -v quiet
vigil() { dotnet src/Vigil.Cli/bin/Release/net10.0/vigil.dll "$@"; }

vigil lists load ofac-sdn "$data/ofac-sdn/2021-07"
vigil lists load un "$data/un/consolidated-2026-02.xml"
vigil lists
vigil entity ofac-sdn:30502
vigil search "Corporación China de Importaciones y Exportaciones Electrónicas"
vigil search "Nicolás Maduro" --type person
vigil search "Steven Mnuchin" --type person
