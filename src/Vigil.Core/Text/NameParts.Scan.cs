namespace Vigil.Core.Text;

public static partial class NameParts
{
    /// <summary>Digits of an account number written as a line of its own ("/40702810900000012345").</summary>
    private const int AccountMinDigits = 5;
    /// <summary>A SWIFT field tag is two digits and an optional letter (59, 50K).</summary>
    private const int SwiftTagDigits = 2;
    /// <summary>Digits of a tax or state registration number (INN has 10 or 12, OGRN 13).</summary>
    private const int TaxNumberMinDigits = 6;
    /// <summary>Letters a word after "ex" needs to be a former name ("EX-IM BANK" is a name).</summary>
    private const int FormerExMinLetters = 3;
    /// <summary>Characters of a registration number at least ("C123456"; "Company No. 8" is a name).</summary>
    private const int RegistrationMinLength = 5;
    /// <summary>Digits of a voyage number at most (V.214W).</summary>
    private const int VoyageMaxDigits = 4;

    /// <summary>"214W", "12", "3E": digits and an optional compass letter.</summary>
    private static bool IsVoyage(string s)
    {
        var d = 0;
        while (d < s.Length && char.IsAsciiDigit(s[d])) d++;
        return d is > 0 and <= VoyageMaxDigits && (d == s.Length || (d == s.Length - 1 && char.ToUpperInvariant(s[d]) is 'N' or 'S' or 'E' or 'W'));
    }

    /// <summary>A token lower-cased without dots, slashes, brackets, commas and colons ("Reg." → "reg", "f/k/a" → "fka").</summary>
    private static string Bare(string token)
    {
        var sb = new System.Text.StringBuilder(token.Length);
        foreach (var c in token)
            if (c is not ('.' or '/' or '(' or ')' or ',' or ';' or ':' or '#')) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    private static int TokenEnd(string text, int at)
    {
        while (at < text.Length && !char.IsWhiteSpace(text[at])) at++;
        return at;
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        return at;
    }

    private static int LettersAt(string text, int at)
    {
        var n = 0;
        while (at + n < text.Length && char.IsLetter(text[at + n])) n++;
        return n;
    }

    /// <summary>Where the words of <paramref name="phrase"/> end when they stand at <paramref name="at"/> as whole
    /// words (case ignored, any spaces between), else <paramref name="at"/>.</summary>
    private static int WordsAt(string text, int at, string[] phrase)
    {
        var i = at;
        for (var w = 0; w < phrase.Length; w++)
        {
            if (w > 0)
            {
                var j = SkipSpaces(text, i);
                if (j == i) return at;
                i = j;
            }
            var word = phrase[w];
            if (i + word.Length > text.Length || !text.AsSpan(i, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)) return at;
            i += word.Length;
            if (i < text.Length && char.IsLetterOrDigit(text[i])) return at;
        }
        return i;
    }

    /// <summary>Just past a colon after optional spaces at <paramref name="at"/>, else <paramref name="at"/>.</summary>
    private static int ColonAt(string text, int at)
    {
        var i = SkipSpaces(text, at);
        return i < text.Length && text[i] == ':' ? i + 1 : at;
    }

    /// <summary>The text without the bracketed parts <paramref name="drop"/> accepts (by their inside).</summary>
    private static string WithoutBrackets(string text, Func<string, bool> drop)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = text.IndexOf(')', open + 1);
            if (close < 0) break;
            if (drop(text[(open + 1)..close].Trim()))
            {
                text = text[..open] + " " + text[(close + 1)..];
                open = text.IndexOf('(', open);
            }
            else
            {
                open = text.IndexOf('(', close);
            }
        }
        return text;
    }

    /// <summary>The text without the runs of whitespace-separated tokens <paramref name="drop"/> asks to drop (it returns
    /// how many tokens, from the one at the index, or 0).</summary>
    private static string DropTokens(string text, Func<List<string>, int, int> drop)
    {
        var tokens = text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries).ToList();
        var kept = new List<string>(tokens.Count);
        var changed = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var n = drop(tokens, i);
            if (n == 0) { kept.Add(tokens[i]); continue; }
            changed = true;
            i += n - 1;
        }
        return changed ? string.Join(' ', kept) : text;
    }
}
