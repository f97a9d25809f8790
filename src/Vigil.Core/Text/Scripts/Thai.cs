using System.Text;

namespace Vigil.Core.Text.Scripts;

/// <summary>
/// Thai names read syllable by syllable, where AnyAscii reads letter by letter and in written order (<c>เวชชาชีวะ</c> →
/// "evchchaachiiwa": the preposed เ first, no implicit vowels, final consonants as initials). Three readings: the Royal
/// Thai General System of Transcription (RTGS, Royal Institute, 1999/2000: <c>ทักษิณ ชินวัตร</c> → "thaksin chinwat"),
/// and the letter-wise spelling Thai names are mostly registered in, which is not RTGS and not consistent: final
/// consonants kept as written (final ร as rn: <c>จุฬาลงกรณ์</c> "chulalongkorn"), a trailing silent ร read (-tra), once
/// with aspirates written without h and ช at a word's start as sh ("taksin shinwatra", <c>แพทองธาร</c> "paetongtarn",
/// <c>พิธา</c> "pita"), once with the aspirates and ว as v, as in Sanskrit and Pali spellings ("thaksin chinvatra",
/// <c>ทวีสิน</c> "thavisin", <c>สุวรรณภูมิ</c> "suvarnphumi").
/// </summary>
/// <remarks>
/// A syllable is an optional preposed vowel (เ แ โ ใ ไ, written before its consonant and read after it), an initial
/// consonant or cluster (กร ปร พล ...; ห and อ before a sonorant are silent), vowel signs and vowel letters (อ ว ย in
/// เ–ือ uea, –ัว ua, เ–ีย ia, เ–า ao, –ำ am), and a final consonant, which RTGS reads by its class (ก ข ค ฆ k;
/// จ ช ซ ด ต ถ ท ธ ศ ษ ส ... t; บ ป พ ฟ ภ p; ญ ณ น ร ล ฬ n; ย i; ว o). Without a vowel sign, a consonant before a
/// consonant that closes it reads o (วง wong), else a (ถนอม thanom); รร reads a with the next consonant as final, an
/// when none follows (สุวรรณ suwan). The thanthakhat (์) silences its letter with any vowel sign on it, and the letter
/// before it when that one follows a closed syllable (จันทร์ chan, ลักษณ์ lak). Tone marks are not written; Thai digits
/// are digits; ๆ repeats the word; ฯ is dropped; an abbreviation (consonants and a full stop: <c>ปตท.</c>) is read by
/// the letters' Latin initials (ptt). Which consonant opens the next syllable and which closes this one is not written
/// (ชินวัตร is chin-wat, วีรกูล wi-ra-kun): a consonant after a vowel is a final unless a vowel sign follows it, except
/// ร before a syllable (วีรกูล), a consonant before a closing ง (ราลง ra-long) and a doubled last consonant (ลานนท์
/// la-non). Running text is not segmented: each space-separated part is a word.
/// </remarks>
internal static class Thai
{
    private enum Style { Rtgs, Letters, Aspirated }

    /// <summary>True when <paramref name="text"/> holds a Thai character.</summary>
    public static bool Contains(string text)
    {
        foreach (var c in text) if (IsThai(c)) return true;
        return false;
    }

    /// <summary>The RTGS reading, then the two letter-wise spellings when they differ; empty without Thai.</summary>
    public static List<string> Readings(string text)
    {
        if (!Contains(text)) return [];
        var readings = new List<string>(3);
        foreach (var style in (ReadOnlySpan<Style>)[Style.Rtgs, Style.Letters, Style.Aspirated])
        {
            var reading = Read(text, style);
            if (!readings.Contains(reading)) readings.Add(reading);
        }
        return readings;
    }

    /// <summary>The RTGS reading of <paramref name="text"/>.</summary>
    public static string Rtgs(string text) => Read(text, Style.Rtgs);

    /// <summary>The letter-wise spelling of <paramref name="text"/>, aspirates without h.</summary>
    public static string Letters(string text) => Read(text, Style.Letters);

    internal static bool IsThai(char c) => c is >= '\u0E01' and <= '\u0E5B';

    private static string Read(string text, Style style)
    {
        var sb = new StringBuilder(text.Length * 2);
        var i = 0;
        var lastWord = "";
        while (i < text.Length)
        {
            var c = text[i];
            if (c is >= '\u0E50' and <= '\u0E59') { sb.Append((char)('0' + (c - '\u0E50'))); i++; continue; }
            if (c == '\u0E46') { sb.Append(' ').Append(lastWord); i++; continue; } // ๆ: the word again
            if (!IsThai(c) || c is '\u0E2F' or '\u0E3F' or '\u0E4F' or '\u0E5A' or '\u0E5B') { sb.Append(c); i++; continue; }
            var start = i;
            while (i < text.Length && IsThai(text[i]) && text[i] is not (>= '\u0E50' and <= '\u0E59') and not '\u0E46' and not '\u0E2F') i++;
            var word = text[start..i];
            if (i < text.Length && text[i] == '.' && IsAbbreviation(word))
            {
                lastWord = Abbreviation(word);
                i++;
                while (i < text.Length && text[i] == '.') i++;
            }
            else lastWord = Word(word, style);
            sb.Append(lastWord);
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Consonants only, possibly with inner full stops (ป.ต.ท.): an abbreviation.</summary>
    private static bool IsAbbreviation(string word)
    {
        if (word.Length < 2) return false;
        foreach (var c in word) if (!IsConsonant(c)) return false;
        return true;
    }

    private static string Abbreviation(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word) if (Initial(c, Style.Rtgs) is { Length: > 0 } initial) sb.Append(initial[0]);
        return sb.ToString();
    }

    /// <summary>Where a silenced letter was: a syllable ends there.</summary>
    private const char Boundary = '|';

    private record struct Syllable(string Onset, string Vowel, char Final, char Trail, bool Rr = false);

    private static string Word(string word, Style style)
    {
        var t = Clean(word);
        var sb = new StringBuilder(t.Length * 2);
        foreach (var s in Parse(t))
        {
            sb.Append(Onset(s.Onset, style, sb.Length == 0)).Append(s.Vowel);
            if (s.Rr && style == Style.Aspirated) sb.Append('r'); // สุวรรณ suvarn
            if (s.Final != '\0') sb.Append(s.Vowel == "ai" && s.Final == 'ย' ? "" : Final(s.Final, style, s.Vowel));
            else if (s.Rr) sb.Append('n');
            if (s.Trail == 'ร' && style != Style.Rtgs) sb.Append("ra");
        }
        return sb.ToString();
    }

    /// <summary>The word without tone marks, phinthu, and letters the thanthakhat silences.</summary>
    private static string Clean(string word)
    {
        var silent = new bool[word.Length];
        for (var j = 0; j < word.Length; j++)
        {
            if (word[j] is >= '\u0E48' and <= '\u0E4B' or '\u0E3A' or '\u0E4E') silent[j] = true;
            if (word[j] != '\u0E4C') continue;
            silent[j] = true;
            var k = j - 1;
            while (k >= 0 && (IsAbove(word[k]) || silent[k])) { silent[k] = true; k--; }
            if (k < 0 || !IsConsonant(word[k])) continue;
            silent[k] = true;
            // จันทร์, ลักษณ์: a consonant between a closed syllable's final and the silenced letter is silent too
            var m = k - 1;
            if (m >= 2 && IsConsonant(word[m]) && IsConsonant(word[m - 1]) && word[m - 2] == '\u0E31') silent[m] = true;
        }
        var sb = new StringBuilder(word.Length);
        for (var j = 0; j < word.Length; j++)
        {
            if (!silent[j]) sb.Append(word[j]);
            // the thanthakhat ends a syllable: วงศ์สวัสดิ์ is wong|sawat
            else if (word[j] == '\u0E4C' && j + 1 < word.Length && sb.Length > 0) sb.Append(Boundary);
        }
        return sb.ToString();
    }

    private static List<Syllable> Parse(string t)
    {
        var syllables = new List<Syllable>(t.Length / 2 + 1);
        var i = 0;
        while (i < t.Length)
        {
            var c = t[i];
            if (c is 'ฤ' or 'ฦ')
            {
                syllables.Add(new(c == 'ฤ' ? "r" : "l", "ue", '\0', '\0'));
                i++;
                if (i < t.Length && t[i] == '\u0E45') i++;
                continue;
            }
            var pre = '\0';
            if (IsPreposed(c)) { pre = c; i++; }
            if (i >= t.Length || !IsConsonant(t[i]))
            {
                if (pre != '\0') syllables.Add(new("", PreposedAlone(pre), '\0', '\0'));
                else i++; // a stray sign
                continue;
            }
            var onset = t[i].ToString();
            i++;
            if (i < t.Length && ((onset == "ห" && IsLowSonorant(t[i])) || (onset == "อ" && t[i] == 'ย')) && (pre != '\0' || HasVowel(t, i + 1)))
                onset = t[i++].ToString();
            else if (i < t.Length && IsCluster(onset[0], t[i]) && (pre != '\0' || HasVowel(t, i + 1)))
                onset += t[i++];
            else if (pre == 'เ' && i + 1 < t.Length && (t[i + 1] == '\u0E47' || (t[i] is 'ร' or 'ล' && t[i + 1] is '\u0E34' or '\u0E35' or '\u0E37')))
            {
                // เจริญ, เฉลิม, เสด็จ: the preposed vowel belongs to the second consonant, the first reads a (not เนวิน ne-win)
                syllables.Add(new(onset, "a", '\0', '\0'));
                onset = t[i++].ToString();
            }

            bool han = false, iShort = false, iLong = false, ue = false, uee = false, u = false, uLong = false, taikhu = false;
            while (i < t.Length && IsAbove(t[i]))
            {
                switch (t[i])
                {
                    case '\u0E31': han = true; break;
                    case '\u0E34': iShort = true; break;
                    case '\u0E35': iLong = true; break;
                    case '\u0E36': ue = true; break;
                    case '\u0E37': uee = true; break;
                    case '\u0E38': u = true; break;
                    case '\u0E39': u = true; uLong = true; break;
                    case '\u0E47': taikhu = true; break;
                }
                i++;
            }
            var marks = han || iShort || iLong || ue || uee || u || taikhu;
            var next = i < t.Length ? t[i] : '\0';
            string vowel;
            var closable = true;
            var rr = false;
            var isImplicit = false;
            var aa = false;
            switch (pre)
            {
                case 'เ' when iLong && next == 'ย': i++; vowel = "ia"; SkipA(); break;
                case 'เ' when uee && next == 'อ': i++; vowel = "uea"; SkipA(); break;
                case 'เ' when next == 'า':
                    i++;
                    vowel = "ao";
                    closable = false;
                    if (i < t.Length && t[i] == 'ะ') { i++; vowel = "o"; }
                    break;
                case 'เ' when !marks && next == 'อ': i++; vowel = "oe"; SkipA(); break;
                case 'เ' when iShort || iLong: vowel = "oe"; break;
                case 'เ': vowel = "e"; if (SkipA()) closable = false; break;
                case 'แ': vowel = "ae"; if (SkipA()) closable = false; break;
                case 'โ': vowel = "o"; if (SkipA()) closable = false; break;
                case 'ใ' or 'ไ': vowel = "ai"; closable = next == 'ย'; break;
                default:
                    if (han && next == 'ว') { i++; vowel = "ua"; SkipA(); }
                    else if (han) vowel = "a";
                    else if (iShort || iLong) vowel = "i";
                    else if (ue) vowel = "ue";
                    else if (uee) { vowel = "ue"; if (next == 'อ') i++; }
                    else if (u) vowel = "u";
                    else if (taikhu && next == 'อ') { i++; vowel = "o"; }
                    else if (taikhu) vowel = "o";
                    else if (next == 'า') { i++; vowel = "a"; aa = true; if (i < t.Length && t[i] == 'ะ') { i++; closable = false; } }
                    else if (next == 'ำ') { i++; vowel = "am"; closable = false; }
                    else if (next == 'ะ') { i++; vowel = "a"; closable = false; }
                    else if (next == '\u0E45') { i++; vowel = "a"; }
                    else if (next == 'อ' && !HasVowel(t, i + 1)) { i++; vowel = "o"; }
                    else if (next == 'ว' && ClosedAfter(t, i + 1)) { i++; vowel = "ua"; }
                    else if (IsRr(t, i)) { i += 2; vowel = "a"; rr = true; }
                    else { vowel = "a"; isImplicit = true; }
                    break;
            }

            var final = '\0';
            if (closable && i < t.Length && IsConsonant(t[i]) && !StartsSyllable(t, i))
            {
                if (isImplicit)
                {
                    // วง wong, คน khon; นคร na-khon, กมล ka-mon (a, then o closed by the third consonant); ว and ย do not
                    // close an implicit vowel (ชวลิต cha-wa-lit)
                    if (t[i] is not ('ว' or 'ย') && !ClosedAfter(t, i + 1))
                    {
                        vowel = "o";
                        final = t[i++];
                    }
                }
                // วีรกูล wi-ra-kun; ราลง ra-long; ลานนท์ la-non; ธนาธร tha-na-thon (after a long vowel)
                else if (!(t[i] == 'ร' && StartsSyllable(t, i + 1))
                    && !(i + 1 < t.Length && (t[i + 1] == 'ง' || (t[i + 1] == t[i] && i + 2 == t.Length)) && !HasVowel(t, i + 2))
                    && !((aa || iLong || uLong) && i + 2 == t.Length && t[i + 1] == 'ร'))
                    final = t[i++];
            }
            var trail = '\0';
            if (final != '\0' && i < t.Length && IsConsonant(t[i]) && (i + 1 == t.Length || t[i + 1] == Boundary))
                trail = t[i++]; // วัตร: a last consonant after a final is silent
            syllables.Add(new(onset, vowel, final, trail, rr));
            continue;

            bool SkipA()
            {
                if (i < t.Length && t[i] == 'ะ') { i++; return true; }
                return false;
            }
        }
        return syllables;
    }

    private static string PreposedAlone(char pre) => pre switch { 'เ' => "e", 'แ' => "ae", 'โ' => "o", _ => "ai" };

    /// <summary>A consonant at <paramref name="k"/> that a vowel sign or vowel letter follows (so it opens a syllable).</summary>
    private static bool StartsSyllable(string t, int k)
    {
        if (k >= t.Length || !IsConsonant(t[k])) return false;
        if (HasVowel(t, k + 1)) return true;
        if (k + 1 >= t.Length) return false;
        var n = t[k + 1];
        if (IsRr(t, k + 1)) return true; // วรรณ
        if ((IsCluster(t[k], n) || (t[k] == 'ห' && IsLowSonorant(n))) && HasVowel(t, k + 2)) return true;
        return n == 'ว' && ClosedAfter(t, k + 2); // ชวน
    }

    /// <summary>รร at <paramref name="k"/> read as the vowel a (สุวรรณ), not ร closing a syllable and ร opening the next
    /// (นครราชสีมา).</summary>
    private static bool IsRr(string t, int k) => k + 1 < t.Length && t[k] == 'ร' && t[k + 1] == 'ร' && !HasVowel(t, k + 2);

    /// <summary>A consonant at <paramref name="k"/> that can close a syllable: no vowel follows it, and the word ends or
    /// a syllable starts after it (ชวน chuan, not เจียรวนนท์).</summary>
    private static bool ClosedAfter(string t, int k) =>
        k < t.Length && IsConsonant(t[k]) && !HasVowel(t, k + 1)
        && (k + 1 >= t.Length || t[k + 1] == Boundary || IsPreposed(t[k + 1]) || StartsSyllable(t, k + 1));

    /// <summary>A vowel sign at <paramref name="k"/>, or อ read as a vowel there.</summary>
    private static bool HasVowel(string t, int k) =>
        k < t.Length && (IsVowelSign(t[k]) || (t[k] == 'อ' && !(k + 1 < t.Length && IsVowelSign(t[k + 1]))));

    private static bool IsConsonant(char c) => c is >= '\u0E01' and <= '\u0E2E' and not 'ฤ' and not 'ฦ';

    private static bool IsPreposed(char c) => c is >= '\u0E40' and <= '\u0E44';

    /// <summary>A vowel sign above or below its consonant (ั ิ ี ึ ื ุ ู ็), or ํ.</summary>
    private static bool IsAbove(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E39') or '\u0E47' or '\u0E4D';

    private static bool IsVowelSign(char c) => IsAbove(c) || c is '\u0E30' or '\u0E32' or '\u0E33' or '\u0E45';

    private static bool IsLowSonorant(char c) => c is 'ง' or 'ญ' or 'น' or 'ม' or 'ย' or 'ร' or 'ล' or 'ว';

    /// <summary>The true clusters of RTGS (กร กล กว ขร ขล ขว คร คล คว ตร ปร ปล พร พล ผล บร บล ดร ฟร ฟล), ทร read s, and
    /// ศร สร as names spell them (เศรษฐา Srettha).</summary>
    private static bool IsCluster(char first, char second) => second switch
    {
        'ร' => first is 'ก' or 'ข' or 'ค' or 'ต' or 'ป' or 'พ' or 'บ' or 'ด' or 'ฟ' or 'ท' or 'ศ' or 'ส',
        'ล' => first is 'ก' or 'ข' or 'ค' or 'ป' or 'พ' or 'ผ' or 'บ' or 'ฟ',
        'ว' => first is 'ก' or 'ข' or 'ค',
        _ => false,
    };

    private static string Onset(string onset, Style style, bool wordStart)
    {
        if (onset.Length == 2)
        {
            if (onset == "ทร") return "s";
            if (onset[0] is 'ศ' or 'ส' && style == Style.Rtgs) return "s";
            return Initial(onset[0], style) + Initial(onset[1], style);
        }
        return onset.Length == 0 ? "" : Initial(onset[0], style, wordStart);
    }

    private static string Initial(char c, Style style, bool wordStart = false) => c switch
    {
        'ช' when style == Style.Letters && wordStart => "sh",
        'ว' when style == Style.Aspirated => "v",
        'ข' or 'ฃ' or 'ค' or 'ฅ' or 'ฆ' when style == Style.Letters => "k",
        'ฐ' or 'ฑ' or 'ฒ' or 'ถ' or 'ท' or 'ธ' when style == Style.Letters => "t",
        'ผ' or 'พ' or 'ภ' when style == Style.Letters => "p",
        'ก' => "k", 'ข' or 'ฃ' or 'ค' or 'ฅ' or 'ฆ' => "kh", 'ง' => "ng", 'จ' or 'ฉ' or 'ช' or 'ฌ' => "ch", 'ซ' => "s",
        'ญ' => "y", 'ฎ' or 'ด' => "d", 'ฏ' or 'ต' => "t", 'ฐ' or 'ฑ' or 'ฒ' or 'ถ' or 'ท' or 'ธ' => "th", 'ณ' or 'น' => "n",
        'บ' => "b", 'ป' => "p", 'ผ' or 'พ' or 'ภ' => "ph", 'ฝ' or 'ฟ' => "f", 'ม' => "m", 'ย' => "y", 'ร' => "r",
        'ล' or 'ฬ' => "l", 'ว' => "w", 'ศ' or 'ษ' or 'ส' => "s", 'ห' or 'ฮ' => "h",
        _ => "",
    };

    /// <summary>A final consonant: by its RTGS class, or as written (ร rn, ล l, ษ s, ท th, ...).</summary>
    private static string Final(char c, Style style, string vowel)
    {
        if (c == 'ย') return vowel.EndsWith('i') ? "" : "i";
        if (c == 'ว') return vowel.EndsWith('o') ? "" : "o";
        if (style == Style.Rtgs)
            return c switch
            {
                'ก' or 'ข' or 'ฃ' or 'ค' or 'ฅ' or 'ฆ' => "k",
                'ง' => "ng",
                'ญ' or 'ณ' or 'น' or 'ร' or 'ล' or 'ฬ' => "n",
                'บ' or 'ป' or 'พ' or 'ฟ' or 'ภ' or 'ผ' or 'ฝ' => "p",
                'ม' => "m",
                'อ' or 'ห' or 'ฮ' => "",
                _ => "t",
            };
        return c switch
        {
            'ก' or 'ข' or 'ฃ' or 'ค' or 'ฅ' or 'ฆ' => "k",
            'ร' => "rn",
            'ญ' or 'ณ' or 'น' => "n",
            'ผ' or 'พ' or 'ภ' => "p",
            'อ' or 'ห' or 'ฮ' => "",
            _ => Initial(c, style),
        };
    }
}
