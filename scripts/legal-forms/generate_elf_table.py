#!/usr/bin/env python3
"""Generate src/Vigil.Core/Text/Data/legal_forms_elf.tsv from GLEIF's ISO 20275 Entity Legal Forms (ELF) code list.

Usage: python3 scripts/legal-forms/generate_elf_table.py ELF.csv [--version 1.6] [--date 2026-02-19]

The input is the ELF code list CSV as GLEIF publishes it
(https://www.gleif.org/en/about-lei/code-lists/iso-20275-entity-legal-forms-code-list), columns "ELF Code",
"Entity Legal Form name Local name", "Entity Legal Form name Transliterated name (per ISO 01-140-10)",
"Abbreviations Local language", "Abbreviations transliterated" (abbreviations separated by ';').

Every spelling of a legal form (local name, transliterated name, each abbreviation) becomes one row: the spelling as
published, the canonical key of its legal form, and the ELF codes it came from. Vigil normalises the spelling when it
loads the table (the same normaliser as names), so the table keeps the published text.

The canonical key of an ELF code: the key Vigil's hand table (Text/Data/org_types.tsv) gives to one of the code's
spellings (abbreviations first), else its first Latin abbreviation written without spaces or dots, else its
transliterated name without spaces. BRIDGES below joins a few codes to hand keys where the ELF list's own
transliteration is not the one names are written in (Nihon-shiki 'kabusikigaisya' for Hepburn 'kabushiki kaisha').
A spelling shared by several codes takes the key most of them have (ties: alphabetical), so 'GmbH' in Germany,
Austria, Switzerland and Liechtenstein is one form.
"""
import argparse
import collections
import csv
import hashlib
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HAND = os.path.join(ROOT, "src/Vigil.Core/Text/Data/org_types.tsv")
OUT = os.path.join(ROOT, "src/Vigil.Core/Text/Data/legal_forms_elf.tsv")

# ELF code -> hand key, where the code's own spellings reach no hand key. Each with its reason.
BRIDGES = {
    "T417": "kk",  # JP 株式会社 kabushiki kaisha (ELF transliterates Nihon-shiki 'kabusikigaisya'); hand: kabushiki kaisha -> kk
    "7QQ0": "kk",  # JP 合同会社 godo kaisha; hand: gk -> kk
    "5RCH": "kk",  # KR 주식회사 jusikhoesa, the same stock company (株式會社) as the Japanese kabushiki kaisha
    "J3U5": "ltd",  # KR 유한회사 yuhanhoesa, limited company
    "DYQK": "ltd",  # JP 有限会社 yugen kaisha, limited company
}

# Longer names are descriptions of a class of entities ("Organisational and legal forms of ..."), not what a name ends with.
MAX_WORDS = 6

SPECIAL = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i", "ß": "ss", "æ": "ae",
                         "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d", "ħ": "h"})


def latin_key(text):
    """Lower-case ASCII words of a Latin-script spelling (None when it holds other scripts)."""
    text = text.translate(SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    out = []
    for ch in text:
        if unicodedata.combining(ch):
            continue
        if ord(ch) > 127 and ch.isalpha():
            return None
        out.append(ch.lower() if ch.isalnum() else ("" if ch in "'`’" else " "))
    return " ".join("".join(out).split())


def spellings(row):
    """(spelling, is_abbreviation) of one ELF row, as published."""
    names = [row["Entity Legal Form name Local name"], row["Entity Legal Form name Transliterated name (per ISO 01-140-10)"]]
    abbrs = []
    for col in ("Abbreviations Local language", "Abbreviations transliterated"):
        abbrs += row[col].split(";")
    result = []
    for a in abbrs:
        a = " ".join(a.split())
        if a:
            result.append((a, True))
    for n in names:
        n = " ".join(n.split())
        if n:
            result.append((n, False))
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--version", default="1.6")
    ap.add_argument("--date", default="2026-02-19")
    args = ap.parse_args()

    raw = open(args.csv, "rb").read()
    digest = hashlib.sha256(raw).hexdigest()
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    hand = {}
    for line in open(HAND, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        form, key = line.rstrip("\n").split("\t")[:2]
        hand.setdefault(form, key)

    by_code = collections.defaultdict(list)
    for row in rows:
        code = row["ELF Code"].strip()
        if code in ("8888", "9999"):  # placeholders: "no separate legal form", "code requested"
            continue
        by_code[code].extend(spellings(row))

    code_key = {}
    for code, spells in by_code.items():
        key = BRIDGES.get(code)
        if key is None:
            # the hand key most of the code's spellings have (ties: the first, abbreviations first)
            hits = [hand[k] for k in (latin_key(s) for s, _ in spells) if k and k in hand]
            if hits:
                counts = collections.Counter(hits)
                key = max(hits, key=lambda h: (counts[h], -hits.index(h)))
        if key is None:
            for s, is_abbr in spells:
                k = latin_key(s)
                if is_abbr and k:
                    key = k.replace(" ", "")
                    break
        if key is None:
            for s, is_abbr in spells:
                k = latin_key(s)
                if not is_abbr and k:
                    key = k.replace(" ", "")
                    break
        if key:
            code_key[code] = key

    # Spellings are grouped as Vigil will read them (case, accents and punctuation aside: "S.R.L." = "SRL").
    votes = collections.defaultdict(collections.Counter)
    codes_of = collections.defaultdict(set)
    shown = {}
    for code, spells in by_code.items():
        if code not in code_key:
            continue
        for s, _ in spells:
            if len(s.split()) > MAX_WORDS:
                continue
            # One letter or one character (Japanese 株, Korean ㈜) is not a legal form inside a name.
            if len(re.sub(r"[\W_]", "", s)) < 2:
                continue
            group = latin_key(s) or s.casefold()
            if not group:
                continue
            shown.setdefault(group, s)
            votes[group][code_key[code]] += 1
            codes_of[group].add(code)

    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Legal forms from the ISO 20275 Entity Legal Forms (ELF) code list, version %s of %s, published by GLEIF\n" % (args.version, args.date))
        out.write("# (https://www.gleif.org/en/about-lei/code-lists/iso-20275-entity-legal-forms-code-list; source file sha256 %s).\n" % digest)
        out.write("# Generated by scripts/legal-forms/generate_elf_table.py; do not edit by hand (Text/Data/org_types.tsv holds hand entries).\n")
        out.write("# Columns: spelling as published (local name, transliterated name or abbreviation) <TAB> canonical form key <TAB> ELF codes\n")
        for group in sorted(votes):
            counts = votes[group]
            # a spelling the hand table holds keeps the hand key; else the key most of its codes have
            key = hand.get(group) or sorted(k for k, v in counts.items() if v == max(counts.values()))[0]
            out.write("%s\t%s\t%s\n" % (shown[group], key, ",".join(sorted(codes_of[group]))))
    print("%d spellings of %d legal forms -> %s" % (len(votes), len(code_key), os.path.relpath(OUT, ROOT)), file=sys.stderr)


if __name__ == "__main__":
    main()
