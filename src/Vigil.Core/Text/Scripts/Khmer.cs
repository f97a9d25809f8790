using System.Text;

namespace Vigil.Core.Text.Scripts;

/// <summary>
/// Khmer names read syllable by syllable, where AnyAscii reads letter by letter and ignores the two consonant series
/// (<c>ហ៊ុន សែន</c> → "h'un saen"). Two readings: the spelling Cambodian names are known by (Hun Sen, Hun Manet, Chea
/// Sim, Ieng Sary, Say Chhum: "hun sen") and the UNGEGN/BGN-PCGN romanisation of Khmer (1972, UNGEGN 2013) they are
/// adapted from ("hun saen").
/// </summary>
/// <remarks>
/// Each consonant belongs to the a-series (ក ខ ច ឆ ដ ឋ ណ ត ថ ប ផ ស ហ ឡ អ) or the o-series (គ ឃ ង ជ ឈ ញ ឌ ឍ ទ ធ ន ព ភ ម
/// យ រ ល វ); ៉ moves a consonant to the a-series (ម៉ា ma, ប៉ p) and ៊ to the o-series (ហ៊ុ hu). The series picks the
/// vowel's value (UNGEGN): ា a / ea (ជា chea), ុ o / u (សុខ sok, ហ៊ុន hun), ូ o / u, ិ e / i, ី ei / i, ោ ao / o,
/// ៃ ai / ey, ៅ au / ov, ំ am / um, ះ ah / eah; ៀ ie, ួ uo, េ e, ែ ae, ើ aeu, ឿ oea; the inherent vowel is a / o, and u
/// in the o-series before ់ (គន់ kun). A consonant after the vowel is its final (ក k, ង ng, ច ch, ញ nh, ត t, ន n, ប p,
/// ម m, យ y, វ v, ...) unless a vowel sign follows it, then it opens the next syllable; ហ and អ do not close one. A
/// consonant written after the coeng (្) joins a cluster (ភ្នំ phnom, ទ្រី tri); after a final it opens the next syllable
/// (រង្ស៊ី rong-si); ប in a cluster is p (ប្រាក់ prak). The known spelling differs where names carry it: ែ and ឹ read e
/// (Sen, Manet, Kem), ី i (Sihanouk), a word-final ី y (Sary, Many), ោ o (Koh), o-series ំ om (Phnom), a doubled
/// consonant once. ៍ silences its letter; Khmer digits are digits.
/// </remarks>
internal static class Khmer
{
    /// <summary>True when <paramref name="text"/> holds a Khmer character.</summary>
    public static bool Contains(string text)
    {
        foreach (var c in text) if (IsKhmer(c)) return true;
        return false;
    }

    internal static bool IsKhmer(char c) => c is >= '\u1780' and <= '\u17FF';

    /// <summary>The known spelling, then the UNGEGN reading when it differs; empty without Khmer.</summary>
    public static List<string> Readings(string text)
    {
        if (!Contains(text)) return [];
        var known = Read(text, conventional: true);
        var ungegn = Read(text, conventional: false);
        return known == ungegn ? [known] : [known, ungegn];
    }

    /// <summary>The spelling Cambodian names are known by.</summary>
    public static string Conventional(string text) => Read(text, conventional: true);

    /// <summary>The UNGEGN reading.</summary>
    public static string Ungegn(string text) => Read(text, conventional: false);

    private static string Read(string text, bool conventional)
    {
        var sb = new StringBuilder(text.Length * 2);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is >= '\u17E0' and <= '\u17E9') { sb.Append((char)('0' + (c - '\u17E0'))); i++; continue; }
            if (c is >= '\u17F0' and <= '\u17F9') { sb.Append((char)('0' + (c - '\u17F0'))); i++; continue; }
            if (!IsLetterOrSign(c)) { sb.Append(c == '\u17D4' || c == '\u17D5' ? ' ' : c); i++; continue; }
            var start = i;
            while (i < text.Length && IsLetterOrSign(text[i])) i++;
            sb.Append(Word(Clean(text[start..i]), conventional));
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsLetterOrSign(char c) => c is >= '\u1780' and <= '\u17D3' or '\u17DD' or '\u200C' or '\u200B';

    /// <summary>The word without ៍ and the letter it silences, robat and other marks that add no sound, and zero-width
    /// characters.</summary>
    private static string Clean(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c == '\u17CD' || c == '\u17D1')
            {
                // drop the silenced consonant with its vowel sign
                while (sb.Length > 0 && !IsConsonant(sb[^1])) sb.Length--;
                if (sb.Length > 0) sb.Length--;
                if (sb.Length > 0 && sb[^1] == '\u17D2') sb.Length--;
                continue;
            }
            if (c is '\u17CC' or '\u17CE' or '\u17CF' or '\u17D0' or '\u17D3' or '\u17DD' or '\u200C' or '\u200B') continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Word(string t, bool conventional)
    {
        var sb = new StringBuilder(t.Length * 2);
        var i = 0;
        while (i < t.Length)
        {
            var c = t[i];
            if (IsIndependentVowel(c)) { sb.Append(Independent(c)); i++; continue; }
            if (!IsConsonant(c)) { i++; continue; } // a stray sign
            // onset: a consonant and any subscripts
            // ប reads p before a subscript (ប្រាក់ prak)
            var onset = new StringBuilder(c == 'ប' && i + 1 < t.Length && t[i + 1] == '\u17D2' ? "p" : Initial(c));
            var series = IsOSeries(c);
            var first = c;
            i++;
            while (i + 1 < t.Length && t[i] == '\u17D2' && IsConsonant(t[i + 1]))
            {
                onset.Append(Initial(t[i + 1]));
                i += 2;
            }
            // the series shifters
            while (i < t.Length && t[i] is '\u17C9' or '\u17CA')
            {
                series = t[i] == '\u17CA';
                if (t[i] == '\u17C9' && first == 'ប') onset[0] = 'p';
                i++;
            }
            var vowel = '\0';
            while (i < t.Length && t[i] is >= '\u17B6' and <= '\u17C5') vowel = vowel == '\0' ? t[i++] : Combine(vowel, t[i++]);
            bool nikahit = false, reahmuk = false, bantoc = false;
            while (i < t.Length && t[i] is '\u17C6' or '\u17C7' or '\u17C8' or '\u17C9' or '\u17CA' or '\u17CB')
            {
                switch (t[i])
                {
                    case '\u17C6': nikahit = true; break;
                    case '\u17C7' or '\u17C8': reahmuk = true; break;
                    case '\u17CB': bantoc = true; break;
                    case '\u17C9' or '\u17CA': series = t[i] == '\u17CA'; break; // written after the vowel sign
                }
                i++;
            }
            var final = '\0';
            if (!nikahit && !reahmuk && i < t.Length && IsConsonant(t[i]) && t[i] is not ('ហ' or 'អ') && !OpensSyllable(t, i))
            {
                final = t[i++];
                while (i < t.Length && t[i] is '\u17CB' or '\u17C9' or '\u17CA') { if (t[i] == '\u17CB') bantoc = true; i++; }
            }
            var doubled = false;
            // a subscript after a final opens the next syllable (រង្ស៊ី rong-si; នរោត្តម no-rot-tam, known once: norotam)
            if (final != '\0' && i + 1 < t.Length && t[i] == '\u17D2' && IsConsonant(t[i + 1]))
            {
                i++;
                doubled = conventional && t[i] == final;
            }
            var wordEnd = i >= t.Length;
            sb.Append(onset).Append(Vowel(vowel, series, nikahit, reahmuk, bantoc, final != '\0', wordEnd, conventional));
            if (final != '\0' && !doubled) sb.Append(Final(final));
        }
        return sb.ToString();
    }

    /// <summary>A consonant at <paramref name="k"/> that a vowel sign follows (after any series shifter), so it opens a
    /// syllable rather than closing the one before.</summary>
    private static bool OpensSyllable(string t, int k)
    {
        var j = k + 1;
        while (j < t.Length && t[j] is '\u17C9' or '\u17CA') j++;
        if (j >= t.Length) return false;
        // a consonant with a subscript after a vowel closes that syllable; the subscript opens the next
        return t[j] is >= '\u17B6' and <= '\u17C5' or '\u17C6' or '\u17C7' or '\u17C8';
    }

    private static string Vowel(char v, bool o, bool nikahit, bool reahmuk, bool bantoc, bool closed, bool wordEnd, bool conventional)
    {
        var s = v switch
        {
            '\0' when nikahit => o ? (conventional ? "om" : "um") : "am",
            '\0' when reahmuk => o ? "eah" : "ah",
            '\0' when bantoc && o => "u",
            '\0' => o ? "o" : "a",
            'ា' when nikahit => o ? "oam" : "am",
            'ា' when reahmuk => o ? "eah" : "ah",
            'ា' => o ? "ea" : "a",
            'ិ' => o ? "i" : "e",
            'ី' => o || conventional ? "i" : "ei",
            'ឹ' => conventional ? "e" : o ? "ue" : "oe",
            'ឺ' => o ? "ue" : "oe",
            'ុ' when nikahit => o ? "um" : "om",
            'ុ' when reahmuk => o ? "uh" : "oh",
            'ុ' => o ? "u" : "o",
            'ូ' => o ? "u" : "o",
            'ួ' => "uo",
            'ើ' => o ? "eu" : "aeu",
            'ឿ' => "oea",
            'ៀ' => "ie",
            'េ' => "e",
            'ែ' => conventional ? "e" : "ae",
            'ៃ' => o ? "ey" : "ai",
            'ោ' when reahmuk => o ? "uoh" : conventional ? "oh" : "aoh",
            'ោ' => o || conventional ? "o" : "ao",
            'ៅ' => o ? "ov" : "au",
            _ => "",
        };
        if (nikahit && v is not ('\0' or 'ា' or 'ុ')) s += "m";
        if (conventional && v == 'ី' && !closed && wordEnd) s = "y";
        return s;
    }

    /// <summary>Two vowel signs written for one vowel (េ + ា as ោ, េ + ី as ើ, the split vowels typed in two parts).</summary>
    private static char Combine(char first, char second) => (first, second) switch
    {
        ('េ', 'ា') => 'ោ', ('េ', 'ី') => 'ើ', ('េ', 'ឿ') => 'ឿ', ('េ', 'ៀ') => 'ៀ', ('េ', 'ៅ') => 'ៅ',
        _ => first,
    };

    private static bool IsConsonant(char c) => c is >= '\u1780' and <= '\u17A2';

    private static bool IsIndependentVowel(char c) => c is >= '\u17A3' and <= '\u17B3';

    private static bool IsOSeries(char c) =>
        c is 'គ' or 'ឃ' or 'ង' or 'ជ' or 'ឈ' or 'ញ' or 'ឌ' or 'ឍ' or 'ទ' or 'ធ' or 'ន' or 'ព' or 'ភ' or 'ម' or 'យ' or 'រ' or 'ល' or 'វ';

    private static string Initial(char c) => c switch
    {
        'ក' or 'គ' => "k", 'ខ' or 'ឃ' => "kh", 'ង' => "ng", 'ច' or 'ជ' => "ch", 'ឆ' or 'ឈ' => "chh", 'ញ' => "nh",
        'ដ' or 'ឌ' => "d", 'ឋ' or 'ឍ' or 'ថ' or 'ធ' => "th", 'ណ' or 'ន' => "n", 'ត' or 'ទ' => "t", 'ប' => "b",
        'ផ' or 'ភ' => "ph", 'ព' => "p", 'ម' => "m", 'យ' => "y", 'រ' => "r", 'ល' or 'ឡ' => "l", 'វ' => "v",
        'ឝ' or 'ឞ' or 'ស' => "s", 'ហ' => "h",
        _ => "",
    };

    private static string Final(char c) => c switch
    {
        'ក' or 'ខ' or 'គ' or 'ឃ' => "k", 'ង' => "ng", 'ច' or 'ឆ' or 'ជ' or 'ឈ' => "ch", 'ញ' => "nh",
        'ដ' or 'ឋ' or 'ឌ' or 'ឍ' or 'ត' or 'ថ' or 'ទ' or 'ធ' => "t", 'ណ' or 'ន' => "n", 'ប' or 'ផ' or 'ព' or 'ភ' => "p",
        'ម' => "m", 'យ' => "y", 'រ' => "r", 'ល' or 'ឡ' => "l", 'វ' => "v", 'ឝ' or 'ឞ' or 'ស' => "s",
        _ => "",
    };

    private static string Independent(char c) => c switch
    {
        'ឣ' or 'ឤ' => "a", 'ឥ' => "e", 'ឦ' => "ei", 'ឧ' => "o", 'ឩ' => "ou", 'ឪ' => "ov", 'ឫ' => "rue", 'ឬ' => "rueu",
        'ឭ' => "lue", 'ឮ' => "lueu", 'ឯ' => "ae", 'ឰ' => "ai", 'ឱ' or 'ឲ' => "ao", 'ឳ' => "au",
        _ => "",
    };
}
