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
        for (var k = i + 1; k < text.Length && text[k] is >= '\u0591' and <= '\u05C7'; k++)
        {
            if (text[k] == '\u05BC') dagesh = true;
            if (text[k] == '\u05C2') sinDot = true;
        }
        var wordEnd = !IsLetter(NextLetter(text, i));
        var hard = wordStart || dagesh;
        sb.Append(c switch
        {
            'א' or 'ע' => "",
            'ב' => hard ? "b" : "v",
            'ג' => "g",
            'ד' => "d",
            'ה' => wordEnd && !wordStart ? "" : "h",
            // ו: a consonant (v) at the start, doubled or before a final י (לוי Levi), otherwise the vowel o/u, which the
            // skeleton drops.
            'ו' => wordStart || NextLetter(text, i) == 'ו' || (NextLetter(text, i) == 'י' && AtWordEnd(text, i + 1)) ? "v" : "w",
            'ז' => "z",
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
            'צ' or 'ץ' => "tz",
            'ק' => "k",
            'ר' => "r",
            'ש' => sinDot ? "s" : "sh",
            'ת' => "t",
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
