using System.Text;

namespace Vigil.Core.Text.Scripts;

/// <summary>
/// Reads a Russian, Ukrainian or Belarusian name romanised by German, Polish, Czech, Latvian or French conventions
/// the way the lists write it (English BGN/PCGN-style): <c>Wolodymyr Selenskyj</c> → volodymyr selenskyy,
/// <c>Sergejs Lavrovs</c> → sergeys lavrov, <c>Dmitrij Miedwiediew</c> → dmitriy medvedev, <c>Vladimir Poutine</c> →
/// vladimir putin.
/// </summary>
/// <remarks>
/// Rules, each from the romanisation system that writes it (Duden's transcription of Russian for German; the Polish
/// transcription of Russian (PWN); Czech transcription; the Latvian rules for foreign names (Cabinet Regulation No. 114,
/// 2004: a masculine name takes -s); the French transcription used by French newspapers and the Quai d'Orsay):
/// German <c>sch</c> / <c>tsch</c> / <c>dsch</c> = sh / ch / dzh, <c>w</c> = v, <c>j</c> = y, <c>ch</c> = kh;
/// Polish <c>sz</c> / <c>cz</c> / <c>szcz</c> / <c>rz</c> = sh / ch / shch / zh, <c>ie</c> after a consonant = e;
/// Czech and Latvian <c>š č ž</c> = sh ch zh and Latvian's masculine <c>-s</c> dropped; French <c>ou</c> = u,
/// <c>tch</c> = ch, <c>ch</c> = sh, <c>j</c> = zh, <c>gu</c> before e/i = g, a final mute <c>e</c> dropped, and (free
/// text) an initial <c>i</c> before a vowel = y.
/// A reading is made only when the name carries a mark of one of these systems, so English spellings are left alone.
/// </remarks>
internal static class CyrillicRomanisations
{
    /// <summary>The name with ё read e where it is written yo after a consonant (<c>Fyodorov</c> → fedorov, <c>Pyotr</c> →
    /// petr, <c>Gorbachyov</c> → gorbachev, <c>Semyonov</c> → semenov), or null when it has none: BGN/PCGN writes ё yo (ë),
    /// Russian passports (ICAO Doc 9303 transliteration) and most lists write e. Korean syllables (Pyong, Ryong, Hyok)
    /// are left alone.</summary>
    public static string? YoAsE(string name)
    {
        var lower = name.ToLowerInvariant();
        StringBuilder? sb = null;
        var from = 0;
        for (var i = 1; i + 1 < lower.Length; i++)
        {
            if (lower[i] != 'y' || lower[i + 1] != 'o' || !IsConsonant(lower[i - 1])) continue;
            if (lower.AsSpan(i).StartsWith("yong") || lower.AsSpan(i).StartsWith("yok")) continue;
            sb ??= new StringBuilder(lower.Length);
            sb.Append(lower, from, i - from).Append('e');
            from = i + 2;
            i++;
        }
        if (sb is null) return null;
        sb.Append(lower, from, lower.Length - from);
        return sb.ToString();

        static bool IsConsonant(char c) => c is >= 'b' and <= 'z' && c is not ('e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'j');
    }

    /// <summary>The Central European (German, Polish, Czech, Latvian) reading, or null when the name shows none of their marks.</summary>
    public static string? CentralEuropean(string name)
    {
        var lower = name.ToLowerInvariant();
        if (!HasCentralMark(lower)) return null;
        var latvian = lower.AsSpan().IndexOfAny(LatvianLetters) >= 0 || HasLatvianEnding(lower);
        var polish = lower.Contains("sz", StringComparison.Ordinal) || lower.Contains("cz", StringComparison.Ordinal)
            || lower.Contains("rz", StringComparison.Ordinal) || lower.Contains('w', StringComparison.Ordinal) || lower.Contains('ł', StringComparison.Ordinal);
        var sb = new StringBuilder(lower.Length + 8);
        foreach (var word in Words(lower))
        {
            if (sb.Length > 0) sb.Append(' ');
            var w = word;
            foreach (var (from, to) in Digraphs) w = w.Replace(from, to, StringComparison.Ordinal);
            if (polish) w = PolishSoftE(w);
            w = w.Replace("ch", "KH", StringComparison.Ordinal).Replace('w', 'v').Replace('j', 'y');
            if (latvian && w.Length >= 4 && w[^1] == 's' && w[^2] is not ('s' or 'S')) w = w[..^1];
            sb.Append(w.ToLowerInvariant());
        }
        var reading = sb.ToString();
        return reading == string.Join(' ', Words(lower)) ? null : reading;
    }

    /// <summary>The French reading, or null when the name shows fewer than two French marks.</summary>
    public static string? French(string name)
    {
        var lower = name.ToLowerInvariant();
        var marks = 0;
        foreach (var word in Words(lower))
        {
            if (word.Contains("ou", StringComparison.Ordinal)) marks++;
            if (word.Contains("tch", StringComparison.Ordinal)) marks++;
            if (word.Contains("gue", StringComparison.Ordinal) || word.Contains("gui", StringComparison.Ordinal)) marks++;
            if (word.Length >= 5 && word.EndsWith("ine", StringComparison.Ordinal)) marks++;
        }
        if (marks < 2) return null;
        var sb = new StringBuilder(lower.Length);
        foreach (var word in Words(lower))
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(FrenchWord(word));
        }
        return sb.ToString();
    }

    /// <summary>One lower-case word read by the French rules, whatever marks it shows (free text asks the text to be
    /// French instead): <c>prigojine</c> → prigozhin, <c>evgueni</c> → evgeni.</summary>
    public static string FrenchWord(string word)
    {
        var w = word.Replace("tch", "CH", StringComparison.Ordinal).Replace("ch", "SH", StringComparison.Ordinal)
            .Replace("ou", "u", StringComparison.Ordinal).Replace("gue", "ge", StringComparison.Ordinal)
            .Replace("gui", "gi", StringComparison.Ordinal).Replace("j", "ZH", StringComparison.Ordinal);
        if (w.Length >= 5 && w[^1] == 'e' && !IsVowel(w[^2])) w = w[..^1];
        // я, ю, ё at a word's start are ia, iou, io (Iaroslav, Ianoukovitch): y
        if (w.Length >= 3 && w[0] == 'i' && w[1] is 'a' or 'o' or 'u') w = "y" + w[1..];
        return w.ToLowerInvariant();
    }

    /// <summary>One lower-case word read by the Spanish press transcription of Russian and Arabic names (Fundéu BBVA and
    /// the Real Academia's Ortografía, 2010: х and خ are written j, гe/ги gue/gui), whatever marks it shows (free text asks
    /// the text to be Spanish): <c>jamenei</c> → khamenei, <c>mijail</c> → mikhail, <c>yevgueni</c> → yevgeni.</summary>
    public static string SpanishWord(string word) =>
        word.Replace("gue", "ge", StringComparison.Ordinal).Replace("gui", "gi", StringComparison.Ordinal)
            .Replace("j", "kh", StringComparison.Ordinal);

    /// <summary>One lower-case word read as Spanish writes ج of Arabic and Persian names at a word's start, y (the same
    /// Ortografía: Yihad, Yavad): <c>yavad</c> → javad.</summary>
    public static string SpanishArabicWord(string word) => word.Length > 1 && word[0] == 'y' ? "j" + word[1..] : word;

    private static readonly System.Buffers.SearchValues<char> LatvianLetters = System.Buffers.SearchValues.Create("āēīūļņķģ");
    private static readonly System.Buffers.SearchValues<char> CentralLetters = System.Buffers.SearchValues.Create("šžčżźśćłļņķģř");

    // Longest first; upper case marks a letter already read, so a later rule does not read it again.
    private static readonly (string From, string To)[] Digraphs =
    [
        ("szcz", "SHCH"), ("dsch", "DZH"), ("tsch", "CH"), ("sch", "SH"), ("sz", "SH"), ("cz", "CH"), ("rz", "ZH"),
        ("š", "SH"), ("č", "CH"), ("ž", "ZH"), ("ż", "ZH"), ("ź", "ZH"), ("ś", "SH"), ("ć", "CH"), ("ł", "L"),
        ("ļ", "L"), ("ņ", "N"), ("ķ", "K"), ("ģ", "G"), ("ā", "A"), ("ē", "E"), ("ī", "I"), ("ū", "U"),
    ];

    private static bool HasCentralMark(string lower)
    {
        if (lower.AsSpan().IndexOfAny(CentralLetters) >= 0) return true;
        foreach (var m in (ReadOnlySpan<string>)["sch", "cz", "sz", "rz"])
            if (lower.Contains(m, StringComparison.Ordinal)) return true;
        foreach (var word in Words(lower))
        {
            // Selenskyj, Sergej, Andrij, Sacharow, Miedwiediew, Lavrovs: endings no English spelling of a Slavic name has
            if (word.Length >= 4 && (word.EndsWith("ow", StringComparison.Ordinal) || word.EndsWith("ew", StringComparison.Ordinal)
                || word.EndsWith("ij", StringComparison.Ordinal) || word.EndsWith("yj", StringComparison.Ordinal) || word.EndsWith("ej", StringComparison.Ordinal)
                || word.EndsWith("jew", StringComparison.Ordinal) || word.StartsWith("jew", StringComparison.Ordinal)))
                return true;
        }
        return HasLatvianEnding(lower);
    }

    private static bool HasLatvianEnding(string lower)
    {
        foreach (var word in Words(lower))
            if (word.Length >= 5 && (word.EndsWith("ovs", StringComparison.Ordinal) || word.EndsWith("evs", StringComparison.Ordinal)
                || word.EndsWith("ejs", StringComparison.Ordinal) || word.EndsWith("ijs", StringComparison.Ordinal)))
                return true;
        return false;
    }

    /// <summary>Polish writes a soft consonant before e as <c>ie</c> (Miedwiediew, Siergiej): the e alone.</summary>
    private static string PolishSoftE(string w)
    {
        var sb = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            if (w[i] == 'i' && i > 0 && i + 1 < w.Length && w[i + 1] == 'e' && !IsVowel(w[i - 1]) && char.IsLower(w[i - 1])) continue;
            sb.Append(w[i]);
        }
        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static string[] Words(string lower) =>
        lower.Split([' ', '-', ',', '.', '\t', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries);
}
