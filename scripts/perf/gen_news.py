#!/usr/bin/env python3
"""Writes an English news-like text of about SIZE bytes for timing `vigil text` (not for accuracy).

Sentences are built from common English words, with the proper nouns news carries: people (common given names and
surnames, and made-up surnames from syllables, so most name words are new to any cache), places, ministries, banks and
companies, and now and then a name that is on the lists (from the public dev queries, when given). Deterministic for a seed.

usage: gen_news.py OUT.txt [SIZE_BYTES=5000000] [QUERIES.csv] [SEED=7]
"""
import csv, random, sys

out = sys.argv[1]
size = int(sys.argv[2]) if len(sys.argv) > 2 else 5_000_000
queries = sys.argv[3] if len(sys.argv) > 3 else None
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)

common = """the of and to in a is that for on was with as by it at from his her their an have has be are were said would
will not but after which who this been more than they also year new government people two first over its when into
last could time about some there other talks officials percent state against country week while minister police
since made market city under economy report during before public president military between million trade told
security years three where policy most foreign department support deal should against billion forces agreement
leaders talks statement including found being election national months international workers prices companies
rates growth bank court plan service health news water energy sanctions attack border region ministry spokesman
oil power family children women local group party members early later according many several announced expected
officials reported warned added agency investigation data financial increase system program weapons nuclear""".split()
given = "John Mary Ahmed Maria Wei Olga Carlos Fatima Peter Anna Ivan Li Sofia David Omar Elena James Yusuf Chen Laura".split()
surnames = "Smith Johnson Garcia Rodriguez Wang Zhang Ivanov Petrov Hassan Khan Müller Schmidt Rossi Silva Kim Park Nguyen Lopez Brown Martin".split()
syll = "ka ro mi ta ven lor bak sha dri po len tu var ek sim hol gra nes bel dor fa zin qua mel".split()
places = ("Washington London Paris Berlin Moscow Beijing Tehran Caracas Havana Damascus Kabul Baghdad Brussels Geneva Tokyo "
          "Seoul Ankara Cairo Riyadh Dubai Mexico Brazil Germany France China Russia Iran Venezuela Syria Cuba Ukraine").split()
orgs = ["Ministry of Finance", "Central Bank", "Foreign Ministry", "Treasury Department", "European Union", "United Nations",
        "World Bank", "National Oil Company", "Supreme Court", "Security Council", "Federal Reserve", "State Department"]
listed = []
if queries:
    with open(queries, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row.get("name") and row["name"].isascii() and "negative" not in (row.get("category") or ""):
                listed.append(row["name"].title())

def made_up():
    return "".join(rng.choice(syll) for _ in range(rng.randint(2, 4))).capitalize()

def proper():
    r = rng.random()
    if r < 0.25: return f"{rng.choice(given)} {rng.choice(surnames)}"
    if r < 0.45: return f"{rng.choice(given)} {made_up()}"
    if r < 0.70: return rng.choice(places)
    if r < 0.90: return rng.choice(orgs)
    if r < 0.97 or not listed: return made_up() + " " + rng.choice(["Holdings", "Group", "Trading", "Bank", "Ltd"])
    return rng.choice(listed)

written = 0
with open(out, "w", encoding="utf-8") as f:
    while written < size:
        paragraph = []
        for _ in range(rng.randint(3, 6)):
            words = [rng.choice(common) for _ in range(rng.randint(12, 28))]
            for _ in range(rng.randint(1, 3)):
                words.insert(rng.randrange(len(words)), proper())
            s = " ".join(words)
            paragraph.append(s[0].upper() + s[1:] + rng.choice([".", ".", ".", ",\u201d he said.", "."]))
        text = " ".join(paragraph) + "\n\n"
        f.write(text)
        written += len(text.encode("utf-8"))
