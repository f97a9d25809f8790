using System.Text;

namespace Vigil.Core.Text.Scripts;

/// <summary>
/// Hebrew letters as the consonants English spellings of Hebrew names write (<c>נתניהו</c> → ntnyh, skeleton ntnh as
/// NETANYAHU's), with and without niqqud, and the name without its one-letter prefixes (ה the, ו and, ב in, ל to).
/// </summary>
/// <remarks>
/// Hebrew writes consonants; ו and י also stand for vowels (o/u, i/e) and א, ע carry none, so they are dropped where they
/// are vowels and the word is compared by consonant skeleton (the tokens are marked as written without vowels).
/// ב כ פ are b k p at the start of a word or with a dagesh (U+05BC) and v kh f otherwise; final ך ם ן ף ץ are the letters
/// they end. A final ה is a vowel (משה Moshe). Spellings follow the common English ones (Cohen's כ is k, צ is tz).
/// </remarks>
internal static class Hebrew
{
    /// <summary>True for a Hebrew letter (U+05D0..U+05EA).</summary>
    public static bool IsLetter(int v) => v is >= 0x05D0 and <= 0x05EA;

    /// <summary>Appends the Latin consonants of the Hebrew letter at <paramref name="i"/> of <paramref name="text"/>;
    /// <paramref name="wordStart"/> says whether it opens a word.</summary>
    public static void Append(StringBuilder sb, string text, int i, bool wordStart)
    {
        var c = text[i];
        var dagesh = false;
        var sinDot = false;
        var rafe = false;
        for (var k = i + 1; k < text.Length && text[k] is >= '\u0591' and <= '\u05C7'; k++)
        {
            if (text[k] == '\u05BC') dagesh = true;
            if (text[k] == '\u05C2') sinDot = true;
            if (text[k] == '\u05BF') rafe = true;
        }
        var wordEnd = !IsLetter(NextLetter(text, i));
        var hard = wordStart || dagesh;
        var geresh = HasGeresh(text, i);
        // ה, ח after a letter read k s t d g are two letters, not the digraph kh, sh, th, dh, gh the skeleton joins:
        // כהן is k-h-n as COHEN is, so a vowel keeps them apart.
        if (c is 'ה' or 'ח' && !(c == 'ה' && wordEnd) && !wordStart && sb.Length > 0 && sb[^1] is 'k' or 's' or 't' or 'd' or 'g')
            sb.Append('e');
        sb.Append(c switch
        {
            'א' or 'ע' => "",
            'ב' => hard ? "b" : "v",
            // with a geresh (׳ or ') they are the sounds Hebrew has no letter for: ג׳ורג׳ George, ז׳ Zh, צ׳ Ch
            'ג' => geresh ? "j" : "g",
            'ד' => "d",
            'ה' => wordEnd && !wordStart ? "" : "h",
            // ו: a consonant (v) at the start, doubled or before a final י (לוי Levi), otherwise the vowel o/u, which the
            // skeleton drops.
            'ו' => wordStart || NextLetter(text, i) == 'ו' || (NextLetter(text, i) == 'י' && AtWordEnd(text, i + 1)) ? "v" : "w",
            'ז' => geresh ? "zh" : "z",
            'ח' => "h",
            'ט' => "t",
            'י' => "y",
            'כ' => hard ? "k" : "ch",
            'ך' => "ch",
            'ל' => "l",
            'מ' or 'ם' => "m",
            'נ' or 'ן' => "n",
            'ס' => "s",
            'פ' => hard ? "p" : "f",
            'ף' => "f",
            'צ' or 'ץ' => geresh ? "ch" : "tz",
            'ק' => "k",
            'ר' => "r",
            'ש' => sinDot ? "s" : "sh",
            // with a rafe (U+05BF), the soft ת that Greek and English spellings write th (יונתן Jonathan)
            'ת' => rafe ? "th" : "t",
            _ => "",
        });
    }

    /// <summary>The name with a one-letter prefix (ה ו ב ל) taken off one word of at least four letters, one reading per
    /// word that has one.</summary>
    public static IEnumerable<string> WithoutPrefixes(string name)
    {
        var wordStart = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var inWord = i < name.Length && IsLetterOrMark(name, i);
            if (inWord && wordStart < 0) wordStart = i;
            if (inWord || wordStart < 0) continue;
            if (name[wordStart] is 'ה' or 'ו' or 'ב' or 'ל' && Letters(name, wordStart, i) >= 4)
            {
                var rest = wordStart + 1;
                while (rest < i && name[rest] is >= '\u0591' and <= '\u05C7') rest++;
                yield return name[..wordStart] + name[rest..];
            }
            wordStart = -1;
        }
    }

    /// <summary>The name with a dagesh on every ב כ פ inside a word that has none, so they read b k p (לפיד Lapid, not
    /// Lafid): unpointed text does not say which, so both readings are compared. Empty when nothing changes.</summary>
    public static IEnumerable<string> Hard(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        var changed = false;
        for (var i = 0; i < name.Length; i++)
        {
            sb.Append(name[i]);
            if (name[i] is 'ב' or 'כ' or 'פ' && i > 0 && IsLetterOrMark(name, i - 1) && !HasDagesh(name, i))
            {
                sb.Append('\u05BC');
                changed = true;
            }
        }
        if (changed) yield return sb.ToString();
    }

    /// <summary>The name as English spellings of biblical names write it (בנימין Benjamin, יעקב Jacob, יוסף Joseph,
    /// יונתן Jonathan): a word's first י that is not its last letter is j (written ג׳, as Hebrew spells j), its ב is b
    /// and a ת inside it th (written with a rafe, the mark of a soft letter). One reading with every such word so written
    /// and, when there are several, one per word, as a name may mix them (בנימין נתניהו is Benjamin but Netanyahu).
    /// Empty when no word has such a י or ת.</summary>
    /// <remarks>Greek and Latin, and English after them, wrote the Hebrew consonant y as i/j and the soft ת as th in the
    /// names they took through the Bible; modern spellings keep y and t (Yosef, Yair, Netanyahu), so this is a reading
    /// besides the name, not a replacement.</remarks>
    public static IEnumerable<string> English(string name)
    {
        var words = new List<(int Start, int End, int Yod)>();
        var wordStart = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var inWord = i < name.Length && IsLetterOrMark(name, i);
            if (inWord && wordStart < 0) wordStart = i;
            if (inWord || wordStart < 0) continue;
            var yod = -1;
            for (var k = wordStart; k < i && yod < 0; k++)
                if (name[k] == 'י' && Letters(name, k + 1, i) > 0) yod = k;
            if (yod >= 0 || name.AsSpan(wordStart + 1, i - wordStart - 1).Contains('ת')) words.Add((wordStart, i, yod));
            wordStart = -1;
        }
        if (words.Count == 0) yield break;
        yield return Spelt(name, words);
        if (words.Count > 1)
            foreach (var word in words) yield return Spelt(name, [word]);
    }

    private static string Spelt(string name, List<(int Start, int End, int Yod)> words)
    {
        var sb = new StringBuilder(name.Length + 4 * words.Count);
        var w = 0;
        for (var i = 0; i < name.Length; i++)
        {
            while (w < words.Count && words[w].End <= i) w++;
            var inWord = w < words.Count && i >= words[w].Start;
            if (inWord && i == words[w].Yod)
            {
                // the י's points stay with the ג, the geresh follows them
                sb.Append('ג');
                while (i + 1 < name.Length && name[i + 1] is >= '\u0591' and <= '\u05C7') sb.Append(name[++i]);
                sb.Append('\u05F3');
                continue;
            }
            sb.Append(name[i]);
            if (!inWord || i == words[w].Start || HasDagesh(name, i)) continue;
            if (name[i] == 'ב') sb.Append('\u05BC');
            else if (name[i] == 'ת') sb.Append('\u05BF');
        }
        return sb.ToString();
    }

    private static bool HasGeresh(string text, int i)
    {
        var k = i + 1;
        while (k < text.Length && text[k] is >= '\u0591' and <= '\u05C7') k++;
        return k < text.Length && text[k] is '\u05F3' or '\'' or '\u2019';
    }

    private static bool HasDagesh(string text, int i)
    {
        for (var k = i + 1; k < text.Length && text[k] is >= '\u0591' and <= '\u05C7'; k++) if (text[k] == '\u05BC') return true;
        return false;
    }

    private static char NextLetter(string text, int i)
    {
        for (var k = i + 1; k < text.Length; k++) if (!(text[k] is >= '\u0591' and <= '\u05C7')) return text[k];
        return '\0';
    }

    private static bool AtWordEnd(string text, int i)
    {
        var k = i;
        while (k < text.Length && text[k] != 'י') k++;
        for (k++; k < text.Length; k++) if (IsLetter(text[k])) return false; else if (!(text[k] is >= '\u0591' and <= '\u05C7')) return true;
        return true;
    }

    private static int Letters(string text, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to; i++) if (IsLetter(text[i])) n++;
        return n;
    }

    private static bool IsLetterOrMark(string text, int i) => IsLetter(text[i]) || text[i] is >= '\u0591' and <= '\u05C7';
}
