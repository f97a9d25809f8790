#!/usr/bin/env python3
"""Screen the OFAC SDN entries' primary names written as customers and payment systems write them, and count how often
each finds its own entry among the alerts.

Usage, from the repository root after `dotnet build src/Vigil.Cli -c Release`:

    python3 scripts/eval/sdn_names_variants.py ../shared/data/ofac-sdn/2021-07 [VIGIL_BINARY]

It loads SDN + UN into a fresh VIGIL_HOME, screens each variant with `vigil screen --top 3` and prints, per variant, how
many names find their own SDN entry among the top three alerts and how many find it first:

- cut35, cut35-untyped: an organisation's name of more than 35 characters cut at 35, as a SWIFT name line holds it
  (typed organisation, and without a type);
- abbreviated: LIMITED, COMPANY, CORPORATION, INCORPORATED, INTERNATIONAL written LTD, CO, CORP, INC, INTL;
- expanded: LTD, CO, CORP, INC, INTL written out;
- ampersand: AND written &;
- the: THE put before the name;
- surname-first: a person's `SURNAME, Given` written `SURNAME Given`, without the comma;
- middle-initials: a person's given names after the first written as initials (`Nicolas M. MADURO`);
- lower-untyped: a person's name in lower case, given names first, without a type.
"""
import csv, json, os, re, subprocess, sys, tempfile
from collections import Counter
from pathlib import Path

sdn = Path(sys.argv[1])
vigil = sys.argv[2] if len(sys.argv) > 2 else "src/Vigil.Cli/bin/Release/net10.0/vigil"
data = sdn.parent.parent
work = Path(tempfile.mkdtemp(prefix="vigil-sdn-variants-"))
env = dict(os.environ, VIGIL_HOME=str(work / "home"))

ABBREVIATE = [(r"\bLIMITED\b", "LTD"), (r"\bCOMPANY\b", "CO"), (r"\bCORPORATION\b", "CORP"),
              (r"\bINCORPORATED\b", "INC"), (r"\bINTERNATIONAL\b", "INTL")]
EXPAND = [(r"\bLTD\b\.?", "LIMITED"), (r"\bCO\b\.?(?!\w)", "COMPANY"), (r"\bCORP\b\.?", "CORPORATION"),
          (r"\bINC\b\.?", "INCORPORATED"), (r"\bINTL\b\.?", "INTERNATIONAL")]

rows, own = [], {}
for row in csv.reader(open(sdn / "sdn.csv", encoding="latin-1")):
    if len(row) < 4:
        continue
    entry, name, kind = row[0], row[1].strip(), row[2].strip()
    person = kind == "individual"
    typ = "person" if person else "vessel" if kind == "vessel" else "organization"

    def add(variant, query, query_type=typ):
        key = f"{variant}:{entry}:{len(rows)}"
        rows.append((key, query, query_type))
        own[key] = entry

    if person:
        if ", " not in name:
            continue
        surname, given = name.split(", ", 1)
        add("surname-first", f"{surname} {given}")
        words = given.split()
        if len(words) >= 2:
            add("middle-initials", " ".join([words[0]] + [w[0] + "." for w in words[1:]] + [surname]))
        add("lower-untyped", f"{given} {surname}".lower(), "")
        continue
    if len(name) > 35:
        add("cut35", name[:35])
        add("cut35-untyped", name[:35], "")
    for variant, table in (("abbreviated", ABBREVIATE), ("expanded", EXPAND)):
        changed = name
        for pattern, replacement in table:
            changed = re.sub(pattern, replacement, changed)
        if changed != name:
            add(variant, changed)
    if " AND " in name:
        add("ampersand", name.replace(" AND ", " & "))
    if not name.startswith("THE "):
        add("the", "THE " + name)

queries = work / "queries.csv"
with open(queries, "w", newline="") as f:
    writer = csv.writer(f)
    writer.writerow(["id", "name", "type"])
    writer.writerows(rows)
subprocess.run([vigil, "lists", "load", "ofac-sdn", str(sdn)], env=env, check=True, capture_output=True)
subprocess.run([vigil, "lists", "load", "un", str(data / "un" / "consolidated-2026-02.xml")], env=env, check=True, capture_output=True)
out = work / "results.jsonl"
subprocess.run([vigil, "screen", str(queries), "--top", "3", "--out", str(out)], env=env, check=True, capture_output=True)

total, found, first = Counter(), Counter(), Counter()
for line in open(out):
    result = json.loads(line)
    variant = result["id"].split(":")[0]
    total[variant] += 1
    matches = result.get("matches") or []
    if own[result["id"]] in [m["source_id"] for m in matches if m["source"] == "ofac-sdn"]:
        found[variant] += 1
    if matches and matches[0]["source"] == "ofac-sdn" and matches[0]["source_id"] == own[result["id"]]:
        first[variant] += 1
print(f"{'variant':16} {'names':>6} {'own entry alerts':>17} {'own entry first':>16}")
for variant in total:
    print(f"{variant:16} {total[variant]:6} {found[variant]:10} ({found[variant] / total[variant]:.3f}) {first[variant] / total[variant]:16.3f}")
