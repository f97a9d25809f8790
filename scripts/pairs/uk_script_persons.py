#!/usr/bin/env python3
"""Scores how well `vigil compare` matches persons' names written in Arabic script (Arabic, Persian, Urdu) with the Latin
name the same list gives them: every individual of the UK OFSI consolidated list (ConList.xlsx, 2022 format) that has a
name in Arabic script, each such name against the primary name's parts joined (label 1), and the first of them against
another such individual's primary name, drawn with a fixed seed (label 0).

usage: python3 scripts/pairs/uk_script_persons.py DATA_DIR/uk-ofsi/2025-04-14/ConList.xlsx
       [--vigil 'dotnet src/Vigil.Cli/bin/Release/net10.0/vigil.dll'] [--misses FILE]
Prints positives found and false alerts at the default threshold (0.80); --misses writes the positives below it. The
pairs are built at run time from the list; none is stored in the repository.
"""
import argparse, collections, csv, json, os, random, shlex, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from uk_script_orgs import rows  # noqa: E402

LOW, HIGH = '\u0600', '\u06ff'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('xlsx')
    ap.add_argument('--vigil', default='dotnet src/Vigil.Cli/bin/Release/net10.0/vigil.dll')
    ap.add_argument('--threshold', type=float, default=0.80)
    ap.add_argument('--misses')
    a = ap.parse_args()
    groups = collections.defaultdict(list)
    for r in rows(a.xlsx):
        if r.get('Group Type') == 'Individual':
            groups[r.get('Group ID')].append(r)
    names = {}
    for g, rs in groups.items():
        primary = [r for r in rs if r.get('Alias Type') == 'Primary name']
        if not primary:
            continue
        latin = ' '.join(primary[0].get(f'Name {k}', '') for k in range(1, 7) if primary[0].get(f'Name {k}', ''))
        arabic = sorted({r['Name Non-Latin Script'] for r in rs
                         if any(LOW <= ch <= HIGH for ch in r.get('Name Non-Latin Script', ''))})
        if latin and arabic:
            names[g] = (latin, arabic)
    keys = sorted(names)
    rnd = random.Random(1)
    pairs = []
    for g in keys:
        latin, arabic = names[g]
        pairs += [(f'{g}|p{k}', name, latin, 'person', 1) for k, name in enumerate(arabic)]
        other = rnd.choice(keys)
        if other != g:
            pairs.append((f'{g}|n', arabic[0], names[other][0], 'person', 0))
    with tempfile.NamedTemporaryFile('w', suffix='.csv', delete=False, newline='') as f:
        w = csv.writer(f)
        w.writerow(['id', 'name_a', 'name_b', 'type'])
        w.writerows(p[:4] for p in pairs)
    out = subprocess.run(shlex.split(a.vigil) + ['compare', f.name], capture_output=True, text=True, check=True).stdout
    os.unlink(f.name)
    score = {o['id']: o['score'] for o in map(json.loads, out.splitlines())}
    pos = [p for p in pairs if p[4] == 1]
    neg = [p for p in pairs if p[4] == 0]
    found = sum(score[p[0]] >= a.threshold for p in pos)
    alerts = sum(score[p[0]] >= a.threshold for p in neg)
    print(f'persons {len(names)}  positives {len(pos)}  found {found} ({found / len(pos):.3f})  '
          f'negatives {len(neg)}  false alerts {alerts}')
    if a.misses:
        with open(a.misses, 'w') as m:
            for p in sorted(pos, key=lambda p: score[p[0]]):
                if score[p[0]] < a.threshold:
                    m.write(f'{score[p[0]]:.3f}\t{p[1]}\t{p[2]}\n')


if __name__ == '__main__':
    main()
