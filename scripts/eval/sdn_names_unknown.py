#!/usr/bin/env python3
"""Screen every OFAC SDN entry's primary name and aliases as a name of unknown kind, and count how many alert.

A listed party's own name, given without a type (as a payment field or a screening file with an empty `type` gives it),
must find an alert. Usage, from the repository root after `dotnet build src/Vigil.Cli -c Release`:

    python3 scripts/eval/sdn_names_unknown.py ../shared/data/ofac-sdn/2021-07 [VIGIL_BINARY]

It loads SDN + UN into a fresh VIGIL_HOME, screens the names with `vigil screen --top 1` and prints, for individuals and
for the other entries (organisations, vessels, aircraft), how many alert and the names that find no alert.
"""
import csv, json, os, subprocess, sys, tempfile
from pathlib import Path

sdn = Path(sys.argv[1])
vigil = sys.argv[2] if len(sys.argv) > 2 else "src/Vigil.Cli/bin/Release/net10.0/vigil"
data = sdn.parent.parent


def flip(name):
    name = name.strip()
    if ", " in name:
        surname, given = name.split(", ", 1)
        name = given + " " + surname
    return name


work = Path(tempfile.mkdtemp(prefix="vigil-sdn-names-"))
env = dict(os.environ, VIGIL_HOME=str(work / "home"))
queries = work / "queries.csv"
names, kinds = {}, {}
with open(queries, "w", newline="") as f:
    out = csv.writer(f)
    out.writerow(["id", "name", "type"])
    kind_of = {}
    for row in csv.reader(open(sdn / "sdn.csv", encoding="latin-1")):
        if len(row) > 3:
            kind_of[row[0]] = "individuals" if row[2].strip() == "individual" else "others"
            names[f"p{row[0]}"] = flip(row[1]) if kind_of[row[0]] == "individuals" else row[1].strip()
            kinds[f"p{row[0]}"] = kind_of[row[0]]
    for row in csv.reader(open(sdn / "alt.csv", encoding="latin-1")):
        if row and row[0] in kind_of:
            key = f"a{row[0]}_{row[1]}"
            names[key] = flip(row[3]) if kind_of[row[0]] == "individuals" else row[3].strip()
            kinds[key] = kind_of[row[0]]
    for key, name in names.items():
        out.writerow([key, name, ""])

subprocess.run([vigil, "lists", "load", "ofac-sdn", str(sdn)], env=env, check=True, capture_output=True)
subprocess.run([vigil, "lists", "load", "un", str(data / "un" / "consolidated-2026-02.xml")], env=env, check=True, capture_output=True)
results = work / "results.jsonl"
subprocess.run([vigil, "screen", str(queries), "--top", "1", "--out", str(results)], env=env, check=True, capture_output=True)

alerts = {"individuals": 0, "others": 0}
missed = {"individuals": [], "others": []}
for line in open(results):
    hit = json.loads(line)
    kind = kinds[hit["id"]]
    if hit["matches"]:
        alerts[kind] += 1
    else:
        missed[kind].append(hit["id"])
for kind in ("individuals", "others"):
    total = alerts[kind] + len(missed[kind])
    print(f"{kind}: {total} names screened without a type, {alerts[kind]} alert, {len(missed[kind])} find no alert")
    for key in missed[kind]:
        print(f"  {key}  {names[key]}")
