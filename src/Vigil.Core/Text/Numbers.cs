using System.Collections.Frozen;
using System.Globalization;
using Vigil.Core.Model;

namespace Vigil.Core.Text;

/// <summary>
/// Reads a number written in a name, in any of its forms, as its digits: <c>44</c>, <c>Forty-Four</c>, <c>44th</c>,
/// <c>Forty-Fourth</c>, <c>XLIV</c>-style Roman numerals up to 39 (<c>XIV</c> → <c>14</c>), <c>No. 8</c> = <c>No.8</c> =
/// <c>NO8</c> = <c>#8</c> = <c>8</c>, <c>008</c> = <c>8</c>, and number words of nine languages (<c>vierundvierzig</c>,
/// <c>cuarenta y cuatro</c>, <c>sorok chetyre</c>).
/// </summary>
/// <remarks>
/// Only names that are not persons' are read: in a person name <c>Vi</c>, <c>Li</c>, <c>Segundo</c> or <c>III</c>
/// (a generation) stay words. A name of unknown kind reads English number words and phrases of two or more words only,
/// since a single foreign number word there may be a given name (<c>Segundo</c>, <c>Quinto</c>). Roman numerals are read
/// after a name word only (never first: <c>VI</c>, <c>XI</c> open names), from the letters i, v and x only (so <c>DI</c>,
/// <c>MIX</c>, <c>CIA</c>, <c>LI</c> are never numerals), and the two-letter ones that are also words (<c>vi</c>, <c>xi</c>,
/// <c>iv</c>, <c>ix</c>) and single letters only in names known not to be persons', after a whole word, and as the
/// name's last word or (two letters) before a legal form (<c>FUND VI LP</c>). The
/// word table is <c>Text/Data/number_words.tsv</c>, generated from Humanizer's number spellers (see its header).
/// </remarks>
internal static class Numbers
{
    /// <summary>Words that say "number" before one (<c>No. 8</c>, <c>Nr 8</c>, <c>Number 8</c>, <c>№ 8</c> has no word).</summary>
    private static readonly FrozenSet<string> Markers =
        new[] { "no", "nr", "nro", "nos", "num", "number", "numero", "nummer", "nomer" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Ordinal endings written onto digits: English 1st 2nd 3rd 4th, French 1er 1re 2e 2eme 2ieme, Spanish,
    /// Portuguese and Italian 1º 1ª (read as 1o 1a), Dutch 1e 8ste (Humanizer's <c>Ordinalize</c> of those languages).</summary>
    private static readonly string[] OrdinalSuffixes = ["st", "nd", "rd", "th", "er", "re", "ere", "eme", "ieme", "e", "o", "a", "ste", "de"];

    /// <summary>Russian and Ukrainian ordinal endings written after a hyphen (<c>2-й</c>, <c>2-я</c>, <c>2-е</c>).</summary>
    private static readonly FrozenSet<string> SeparateSuffixes =
        new[] { "y", "ya", "ye", "yy", "iy", "oy", "oe", "aya" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Lazy<WordTable> Table = new(WordTable.Load);

    /// <summary>
    /// Whether the raw words from <paramref name="i"/> on write a number in a name of kind <paramref name="kind"/>; if so,
    /// its digits (no leading zeros) and how many raw words it took.
    /// </summary>
    public static bool TryRead(List<RawToken> raw, int i, EntityKind kind, out string number, out int span)
    {
        number = "";
        span = 0;
        if (kind == EntityKind.Person) return false;
        var text = raw[i].Text;
        // "No. 8", "Nr 8", "Number 8": the marker and the number are one word, the number. Never a name's first word
        // ("NO LIMIT TRADING"), and only before a number.
        if (i > 0 && Markers.Contains(text) && i + 1 < raw.Count && TryValue(raw, i + 1, kind, out number, out var valueSpan))
        {
            span = 1 + valueSpan;
            return true;
        }
        // "NO8", "NR12"
        if (i > 0 && text.Length > 2 && text[0] == 'n' && (text[1] is 'o' or 'r') && IsDigits(text.AsSpan(2)))
        {
            number = WithoutLeadingZeros(text.AsSpan(2));
            span = 1;
            return true;
        }
        return TryValue(raw, i, kind, out number, out span);
    }

    /// <summary>Whether <paramref name="text"/> is all ASCII digits (and not empty).</summary>
    public static bool IsDigits(ReadOnlySpan<char> text) => text.Length > 0 && !text.ContainsAnyExceptInRange('0', '9');

    private static bool TryValue(List<RawToken> raw, int i, EntityKind kind, out string number, out int span)
    {
        var text = raw[i].Text;
        span = 1;
        if (DigitsOf(text) is { } digits)
        {
            number = digits;
            // "2-й" → "2 y": the ending is part of the number.
            if (i + 1 < raw.Count && SeparateSuffixes.Contains(raw[i + 1].Text) && IsDigits(text)) span = 2;
            return true;
        }
        if (Table.Value.TryMatch(raw, i, kind, out number, out span)) return true;
        span = 1;
        if (i > 0 && RomanValue(text) is { } roman && (!Ambiguous(text) || SafeAmbiguous(raw, i, kind)))
        {
            number = roman.ToString(CultureInfo.InvariantCulture);
            return true;
        }
        number = "";
        return false;
    }

    /// <summary>The digits of a word that is digits, or digits with an ordinal ending (<c>21st</c>, <c>2eme</c>, <c>1o</c>).</summary>
    private static string? DigitsOf(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        if (end == 0) return null;
        if (end == text.Length) return WithoutLeadingZeros(text.AsSpan());
        var suffix = text.AsSpan(end);
        foreach (var s in OrdinalSuffixes)
            if (suffix.SequenceEqual(s)) return WithoutLeadingZeros(text.AsSpan(0, end));
        return null;
    }

    private static string WithoutLeadingZeros(ReadOnlySpan<char> digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed.ToString();
    }

    /// <summary>Numerals that are also words or initials (<c>i</c>, <c>v</c>, <c>x</c>, <c>vi</c>, <c>xi</c>, <c>iv</c>, <c>ix</c>).</summary>
    private static bool Ambiguous(string text) => text.Length == 1 || text is "vi" or "xi" or "iv" or "ix";

    /// <summary>Where an ambiguous numeral is a number: in a name known to be an organisation's, vessel's or aircraft's
    /// (a name of unknown kind may be a person's: Korean 이 is <c>i</c>), after a word of three letters or more (not after
    /// initials: <c>S.P.R. DE R.I.</c>, <c>M/V</c>), and as the last word or before a legal form of the hand-written
    /// table (<c>FUND VI LP</c>).</summary>
    private static bool SafeAmbiguous(List<RawToken> raw, int i, EntityKind kind) =>
        kind is EntityKind.Organization or EntityKind.Vessel or EntityKind.Aircraft
        && raw[i - 1].Text.Length >= MinWordBeforeNumeral
        && (i + 1 == raw.Count || (raw[i].Text.Length > 1 && ReferenceData.Instance.HandLegalForms.Contains(raw[i + 1].Text)));

    /// <summary>An ambiguous numeral follows a word at least this long (<c>FUND</c>, <c>STAR</c>), not an initial or a
    /// two-letter abbreviation.</summary>
    private const int MinWordBeforeNumeral = 3;

    /// <summary>The value of a Roman numeral of i, v and x from 1 to 39 in its one canonical spelling (<c>xiv</c>, not
    /// <c>xiiii</c>), or null.</summary>
    internal static int? RomanValue(string s)
    {
        if (s.Length is 0 or > 6) return null;
        foreach (var c in s) if (c is not ('i' or 'v' or 'x')) return null;
        var total = 0;
        for (var k = 0; k < s.Length; k++)
        {
            var v = Value(s[k]);
            var next = k + 1 < s.Length ? Value(s[k + 1]) : 0;
            total += v < next ? -v : v;
        }
        return total is >= 1 and < 40 && ToRoman(total) == s ? total : null;

        static int Value(char c) => c switch { 'i' => 1, 'v' => 5, _ => 10 };
    }

    private static string ToRoman(int n)
    {
        var sb = new System.Text.StringBuilder();
        while (n >= 10) { sb.Append('x'); n -= 10; }
        if (n == 9) { sb.Append("ix"); n = 0; }
        if (n >= 5) { sb.Append('v'); n -= 5; }
        if (n == 4) { sb.Append("iv"); n = 0; }
        while (n-- > 0) sb.Append('i');
        return sb.ToString();
    }

    /// <summary>The number-word phrases, by their first word, longest first.</summary>
    private sealed class WordTable
    {
        private readonly FrozenDictionary<string, (string[] Words, string Number, bool English)[]> _byFirst;

        private WordTable(FrozenDictionary<string, (string[] Words, string Number, bool English)[]> byFirst) => _byFirst = byFirst;

        public static WordTable Load()
        {
            var byFirst = new Dictionary<string, List<(string[], string, bool)>>(StringComparer.Ordinal);
            foreach (var row in ReferenceData.CoreRows("number_words.tsv", 3))
            {
                var words = row[0].Split(' ');
                if (!int.TryParse(row[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 0)
                    throw row.Error($"'{row[1]}' is not a number");
                var english = row[2].Split(',').Contains("en");
                if (!byFirst.TryGetValue(words[0], out var list)) byFirst[words[0]] = list = [];
                list.Add((words, n.ToString(CultureInfo.InvariantCulture), english));
            }
            return new WordTable(byFirst.ToFrozenDictionary(
                p => p.Key, p => p.Value.OrderByDescending(x => x.Item1.Length).ToArray(), StringComparer.Ordinal));
        }

        /// <summary>The longest phrase of the table at raw word <paramref name="i"/>; in a name of unknown kind only an
        /// English one or one of two or more words.</summary>
        public bool TryMatch(List<RawToken> raw, int i, EntityKind kind, out string number, out int span)
        {
            number = "";
            span = 0;
            if (!_byFirst.TryGetValue(raw[i].Text, out var phrases)) return false;
            foreach (var (words, n, english) in phrases)
            {
                if (i + words.Length > raw.Count) continue;
                if (kind == EntityKind.Unknown && !english && words.Length == 1) continue;
                var all = true;
                for (var k = 1; k < words.Length && all; k++) all = raw[i + k].Text == words[k];
                if (!all) continue;
                number = n;
                span = words.Length;
                return true;
            }
            return false;
        }
    }
}
