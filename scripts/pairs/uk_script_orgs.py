#!/usr/bin/env python3
"""Scores how well `vigil compare` matches organisation names written in another script (Cyrillic by default: Russian,
Ukrainian, Belarusian) with the English names the same list gives them: every entity of the UK OFSI consolidated list
(ConList.xlsx, 2022 format) that has a name in that script, each such name against the entity's primary English name
(label 1), and against the primary English name of another entity sharing a word other than a legal form (label 0).

usage: python3 scripts/pairs/uk_script_orgs.py DATA_DIR/uk-ofsi/2025-04-14/ConList.xlsx [--script cyrillic|han|arabic]
       [--vigil 'dotnet src/Vigil.Cli/bin/Release/net10.0/vigil.dll'] [--misses FILE]
Prints positives found, false alerts and accuracy at the default threshold (0.80). The pairs are built at run time from
the list; none is stored in the repository.
"""
import argparse, csv, collections, json, random, re, shlex, subprocess, sys, tempfile, zipfile
import xml.etree.ElementTree as ET

NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
FORMS = {'JSC', 'LLC', 'THE', 'OF', 'AND', 'COMPANY', 'JOINT', 'STOCK', 'PJSC', 'OJSC', 'AO', 'OOO', 'LIMITED',
         'LIABILITY', 'PUBLIC', 'OPEN', 'CLOSED', 'FOR', 'ZAO', 'CJSC', 'PAO', 'OAO', 'LTD'}


SCRIPTS = {'cyrillic': ('\u0400', '\u04ff'), 'han': ('\u4e00', '\u9fff'), 'arabic': ('\u0600', '\u06ff')}


def rows(path):
    z = zipfile.ZipFile(path)
    strings = [''.join(t.text or '' for t in si.iter('{%s}t' % NS['m']))
               for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', NS)]
    sheet = sorted(n for n in z.namelist() if n.startswith('xl/worksheets/sheet'))[0]
    header = None
    for r in ET.fromstring(z.read(sheet)).iter('{%s}row' % NS['m']):
        cells = {}
        for c in r.findall('m:c', NS):
            col = re.match(r'[A-Z]+', c.get('r')).group()
            v = c.find('m:v', NS)
            cells[col] = (strings[int(v.text)] if c.get('t') == 's' else v.text) if v is not None else ''
        if header is None:
            if 'Name 6' in cells.values():
                header = cells
            continue
        yield {header[k]: v for k, v in cells.items() if k in header}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('xlsx')
    ap.add_argument('--vigil', default='dotnet src/Vigil.Cli/bin/Release/net10.0/vigil.dll')
    ap.add_argument('--threshold', type=float, default=0.80)
    ap.add_argument('--script', choices=sorted(SCRIPTS), default='cyrillic')
    ap.add_argument('--misses', help='write the positives below the threshold and the false alerts here (score, label, names)')
    a = ap.parse_args()
    groups = collections.defaultdict(list)
    for r in rows(a.xlsx):
        if r.get('Group Type') == 'Entity':
            groups[r.get('Group ID')].append(r)
    english, cyrillic = {}, {}
    for g, rs in groups.items():
        prim = [r['Name 6'] for r in rs if r.get('Alias Type') == 'Primary name' and r.get('Name 6')]
        low, high = SCRIPTS[a.script]
        cyr = sorted({r['Name Non-Latin Script'] for r in rs
                      if any(low <= ch <= high for ch in r.get('Name Non-Latin Script', ''))})
        if prim and cyr:
            english[g], cyrillic[g] = prim[0], cyr
    words = {g: {w for w in re.findall(r'[A-Z0-9]+', e.upper()) if w not in FORMS} for g, e in english.items()}
    rnd = random.Random(7)
    pairs = []
    for g in sorted(cyrillic):
        others = [o for o in sorted(english) if o != g and words[o] & words[g]]
        for c in cyrillic[g]:
            pairs.append((c, english[g], 1))
            if others:
                pairs.append((c, english[rnd.choice(others)], 0))
    with tempfile.NamedTemporaryFile('w', suffix='.csv', newline='', delete=False) as f:
        w = csv.writer(f)
        w.writerow(['id', 'name_a', 'name_b', 'type'])
        for i, (x, y, _) in enumerate(pairs):
            w.writerow([i, x, y, 'organization'])
    out = subprocess.run(shlex.split(a.vigil) + ['compare', f.name], capture_output=True, text=True, check=True).stdout
    scores = [json.loads(l)['score'] for l in out.splitlines() if l.strip()]
    pos = [s for s, p in zip(scores, pairs) if p[2] == 1]
    neg = [s for s, p in zip(scores, pairs) if p[2] == 0]
    found = sum(s >= a.threshold for s in pos)
    alerts = sum(s >= a.threshold for s in neg)
    right = found + len(neg) - alerts
    if a.misses:
        with open(a.misses, 'w', encoding='utf-8') as m:
            for s, (x, y, label) in sorted(zip(scores, pairs), key=lambda t: t[0]):
                if (label == 1) != (s >= a.threshold):
                    m.write(f'{s:.3f}\t{label}\t{x}\t{y}\n')
    print(f'entities {len(english)}  positives {len(pos)}  found {found} ({found / len(pos):.3f})  '
          f'negatives {len(neg)}  false alerts {alerts}  accuracy {right / len(pairs):.3f}')


if __name__ == '__main__':
    sys.exit(main())
