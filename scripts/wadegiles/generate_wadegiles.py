#!/usr/bin/env python3
"""Writes src/Vigil.Core/Text/Data/wade_giles.tsv: every Hanyu Pinyin syllable (toneless) with its Wade-Giles form.

The pinyin inventory is the syllable table of the Scheme for the Chinese Phonetic Alphabet (Hanyu Pinyin Fang'an, 1958;
ISO 7098) without the interjections (ê, m, n, ng, hm, yo, lo). The Wade-Giles forms follow the standard correspondence
as the Library of Congress gives it in its Pinyin Conversion Project ("New Chinese Romanization Guidelines" and the
Wade-Giles to pinyin conversion table, 2000): initials b/p p/p' d/t t/t' g/k k/k' j/ch q/ch' x/hs zh/ch ch/ch' r/j
z/ts c/ts'; zi ci si = tzu tz'u ssu (also szu); zhi chi shi ri = chih ch'ih shih jih; e after g k h and alone = o;
-ie = -ieh; -ian = -ien; -ong = -ung; -iong = -iung; -uo = -o except after g k h sh; gui kui = kuei k'uei; u after
j q x y = ü; -ue = -üeh; you = yu; yi = i; er = erh. Written without diacritics other than ü (ê and ŭ are read as e and u).
Two spellings in common use beside the standard forms are added after them: -eh for -ê after t, n, l, ch, j, ts, s
(Chu Teh, 朱德) as older Wade-Giles texts write it, and in / ing for yin / ying as Taiwanese passports write them
(Tsai Ing-wen, 蔡英文).
Run from the repository root: python3 scripts/wadegiles/generate_wadegiles.py
"""
import pathlib

PINYIN = """
a ai an ang ao e ei en eng er o ou
yi ya yao ye you yan yin yang ying yong yu yue yuan yun
wu wa wo wai wei wan wen wang weng
ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
fa fan fang fei fen feng fo fou fu
da dai dan dang dao de dei deng di dia dian diao die ding diu dong dou du duan dui dun duo
ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nü nuan nüe nuo
la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu lü luan lüe lun luo
ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo
ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo
sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo
ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo
za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo
sa sai san sang sao se sen seng si song sou su suan sui sun suo
""".split()

INITIALS = {"b": "p", "p": "p'", "m": "m", "f": "f", "d": "t", "t": "t'", "n": "n", "l": "l", "g": "k", "k": "k'",
            "h": "h", "j": "ch", "q": "ch'", "x": "hs", "zh": "ch", "ch": "ch'", "sh": "sh", "r": "j", "z": "ts",
            "c": "ts'", "s": "s"}


def split(syllable):
    for initial in ("zh", "ch", "sh"):
        if syllable.startswith(initial):
            return initial, syllable[2:]
    if syllable[0] in INITIALS:
        return syllable[0], syllable[1:]
    return "", syllable


def wade_giles(py):
    """The Wade-Giles forms of one pinyin syllable, the standard one first."""
    zero = {"yi": ["i", "yi"], "you": ["yu"], "yu": ["yü"], "yue": ["yüeh"], "yuan": ["yüan"], "yun": ["yün"],
            "ye": ["yeh"], "yin": ["yin", "in"], "ying": ["ying", "ing"], "yan": ["yen"], "yong": ["yung"], "er": ["erh"], "e": ["o", "e"]}
    if py in zero:
        return zero[py]
    initial, final = split(py)
    if not initial:
        return [py]
    if final == "i" and initial in ("z", "c", "s"):
        return {"z": ["tzu"], "c": ["tz'u"], "s": ["ssu", "szu"]}[initial]
    if final == "i" and initial in ("zh", "ch", "sh", "r"):
        return [INITIALS[initial] + "ih"]
    if initial in ("j", "q", "x"):
        final = {"u": "ü", "uan": "üan", "un": "ün", "ue": "üeh"}.get(final, final)
    if final == "e" and initial in ("g", "k", "h"):
        final = "o"
    elif final == "ie":
        final = "ieh"
    elif final in ("üe", "ue"):
        final = "üeh"
    elif final == "ian":
        final = "ien"
    elif final == "iong":
        final = "iung"
    elif final == "ong":
        final = "ung"
    elif final == "uo" and initial not in ("g", "k", "h", "sh"):
        final = "o"
    elif final == "ui" and initial in ("g", "k"):
        final = "uei"
    forms = [INITIALS[initial] + final]
    if final == "e" and initial in ("d", "t", "n", "l", "zh", "ch", "r", "z", "c", "s"):
        forms.append(INITIALS[initial] + "eh")
    return forms


def main():
    root = pathlib.Path(__file__).resolve().parents[2]
    out = root / "src/Vigil.Core/Text/Data/wade_giles.tsv"
    header = [
        "# Wade-Giles syllables and the Hanyu Pinyin syllable each writes, generated by scripts/wadegiles/generate_wadegiles.py.",
        "# Source: the pinyin syllable table of the Scheme for the Chinese Phonetic Alphabet (1958; ISO 7098) and the standard",
        "# Wade-Giles correspondence as given by the Library of Congress Pinyin Conversion Project (New Chinese Romanization",
        "# Guidelines and its Wade-Giles/pinyin conversion table, 2000). Written from these rules, not copied from a table.",
        "# Beside the standard forms: -eh for -ê (Chu Teh) as older texts write it, in/ing for yin/ying as Taiwanese passports do.",
        "# Columns: Wade-Giles with the apostrophe of aspiration and ü <TAB> pinyin.",
    ]
    rows = []
    seen = set()
    for py in PINYIN:
        assert py not in seen, py
        seen.add(py)
        for wg in wade_giles(py):
            rows.append(f"{wg}\t{py}")
    out.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{len(PINYIN)} pinyin syllables, {len(rows)} rows -> {out.relative_to(root)}")


if __name__ == "__main__":
    main()
