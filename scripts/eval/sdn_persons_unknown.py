#!/usr/bin/env python3
"""Screen every OFAC SDN individual's primary name and aliases as a name of unknown kind, and count how many alert.

A listed person's own name, typed without a type (as a payment field or a screening file with an empty `type` gives it),
must find an alert. Usage, from the repository root after `dotnet build src/Vigil.Cli -c Release`:

    python3 scripts/eval/sdn_persons_unknown.py ../shared/data/ofac-sdn/2021-07 [VIGIL_BINARY]

It loads SDN + UN into a fresh VIGIL_HOME, screens the names with `vigil screen --top 1` and prints the totals and the
names that find no alert.
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


work = Path(tempfile.mkdtemp(prefix="vigil-sdn-persons-"))
env = dict(os.environ, VIGIL_HOME=str(work / "home"))
queries = work / "queries.csv"
names = {}
with open(queries, "w", newline="") as f:
    out = csv.writer(f)
    out.writerow(["id", "name", "type"])
    individuals = set()
    for row in csv.reader(open(sdn / "sdn.csv", encoding="latin-1")):
        if len(row) > 3 and row[2].strip() == "individual":
            individuals.add(row[0])
            names[f"p{row[0]}"] = flip(row[1])
    for row in csv.reader(open(sdn / "alt.csv", encoding="latin-1")):
        if row and row[0] in individuals:
            names[f"a{row[0]}_{row[1]}"] = flip(row[3])
    for key, name in names.items():
        out.writerow([key, name, ""])

subprocess.run([vigil, "lists", "load", "ofac-sdn", str(sdn)], env=env, check=True, capture_output=True)
subprocess.run([vigil, "lists", "load", "un", str(data / "un" / "consolidated-2026-02.xml")], env=env, check=True, capture_output=True)
results = work / "results.jsonl"
subprocess.run([vigil, "screen", str(queries), "--top", "1", "--out", str(results)], env=env, check=True, capture_output=True)

alerts, missed = 0, []
for line in open(results):
    hit = json.loads(line)
    if hit["matches"]:
        alerts += 1
    else:
        missed.append(hit["id"])
print(f"{len(names)} names of SDN individuals screened without a type: {alerts} alert, {len(missed)} find no alert")
for key in missed:
    print(f"  {key}  {names[key]}")
