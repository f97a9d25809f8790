using System.Text.RegularExpressions;

namespace Vigil.Core.Names;

/// <summary>
/// The names a written name holds, with the words that do not name the party taken out: payment residue before it
/// (<c>BENEFICIARY:</c>, <c>FIELD 59:</c>, <c>MESSRS.</c>, <c>/ACC/…</c>), annotations after it (a flag, a voyage number,
/// a branch, a registration number), and former or other names written inside it (<c>X (ex-Y)</c>, <c>X f/k/a Y</c>,
/// <c>X, formerly Y</c>, <c>(ex A, ex B)</c>), each of which is a name of its own.
/// </summary>
/// <remarks>Runs once per query (and once per listed name at index time), never per candidate. Each pattern has an
/// example of what it takes out.</remarks>
public static partial class NameParts
{
    /// <summary>The name without residue and annotations first, then each former or other name it gives; the text
    /// itself (the same string) when there is nothing to take out.</summary>
    public static string[] Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = Residue().Replace(text, " ");
        clean = Annotation().Replace(clean, " ");
        clean = Branch().Replace(clean, " ");
        var markers = Former().Matches(clean);
        string[] parts;
        if (markers.Count == 0)
        {
            parts = [clean];
        }
        else
        {
            var list = new List<string>(markers.Count + 1) { clean[..markers[0].Index] };
            for (var i = 0; i < markers.Count; i++)
            {
                var from = markers[i].Index + markers[i].Length;
                var to = i + 1 < markers.Count ? markers[i + 1].Index : clean.Length;
                list.Add(clean[from..to]);
            }
            parts = [.. list];
        }
        var result = new List<string>(parts.Length);
        foreach (var p in parts)
        {
            var t = Tidy(p);
            if (t.Any(char.IsLetter) && !result.Contains(t)) result.Add(t);
        }
        if (result.Count == 0) return [text];
        return result.Count == 1 && result[0] == Tidy(text) ? [text] : [.. result];
    }

    /// <summary>Spaces squashed; brackets, commas and semicolons left dangling at either end by a cut removed.</summary>
    private static string Tidy(string s)
    {
        s = string.Join(' ', s.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        s = s.Trim(' ', ',', ';', ':', '-', '–', '/');
        // a bracket opened and never closed (or closed and never opened) by the cut
        var open = s.Count(c => c == '(');
        var close = s.Count(c => c == ')');
        if (open != close) s = s.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);
        if (s.StartsWith('(') && s.EndsWith(')') && open == 1) s = s[1..^1];
        return s.Trim(' ', ',', ';', ':', '-', '–', '/');
    }

    // "ORDERING CUSTOMER: X", "BENEFICIARY: X", "FIELD 59: X", ":59: X", "MESSRS. X", "M/S X", "/ACC/4070281090 X",
    // "/40702810900000012345 X" (an MT account line before the name)
    [GeneratedRegex(@"^\s*(?:(?:ORDERING\s+(?:CUSTOMER|INSTITUTION)|BENEFICIARY(?:\s+(?:CUSTOMER|NAME|BANK|INSTITUTION))?|INTERMEDIARY|ULTIMATE\s+(?:DEBTOR|CREDITOR)|DEBTOR|CREDITOR|REMITTER|PAYEE|PAYER)\s*:|FIELD\s*\d{2}[A-Z]?\s*:|:?\d{2}[A-Z]?:|MESSRS\.?(?=\s)|M/S\.?(?=\s)|ATTN\.?:?|/ACC/\S*|/\d{5,}\S*|\s)+|/ACC/\S*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Residue();

    // "(Marshall Islands flag)", "(flag: Panama)", "V.214W", "VOY. 12E", "Reg. No. C123456", "Registration No: 1234",
    // "Company No. 08812345", "INN 7701234567", "OGRN 1027700132195"
    [GeneratedRegex(@"\((?:[^()]*\s)?flag\)|\(flag\s*:?[^()]*\)|\b(?:V\.|VOY\.?|VOYAGE)\s?\d{1,4}[NSEW]?\b|[,;]?\s*\b(?:REG(?:ISTRATION)?\.?|COMPANY|CR|CRN)\s*(?:NO|NR|NUMBER)\.?\s*[:#]?\s*[A-Z]{0,3}-?\d[\w/-]*|[,;]?\s*\b(?:INN|OGRN|KPP|TIN|EIN|UEN)\s*(?:NO\.?)?\s*:?\s*\d[\d-]{5,}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Annotation();

    // "X - Malindi Branch", "X, Dubai Branch", "X (Karachi Branch)", "X - Sucursal Panama"
    [GeneratedRegex(@"\s+[-–]\s+[^-–()]*\b(?:BRANCH(?:\s+OFFICE)?|FILIALE|SUCURSAL|SUCCURSALE|FILIAL|NIEDERLASSUNG)\b[^-–()]*$|,\s*[^,()]*\bBRANCH(?:\s+OFFICE)?\s*$|\([^()]*\bBRANCH(?:\s+OFFICE)?\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Branch();

    // "(ex-Y)", "ex Y", "(f.k.a. Y)", "f/k/a Y", ", formerly Y", "(formerly known as Y)", "a.k.a. Y", "d/b/a Y", "t/a Y";
    // "ex" only before a word of three or more letters ("Ex-Im" is a name).
    [GeneratedRegex(@"[,;]?\s*\(?\s*(?:\b(?:f\.?\s?k\.?\s?a\b\.?|f/k/a|formerly\s+known\s+as|previously\s+known\s+as|formerly|previously|former\s+names?|a\.?\s?k\.?\s?a\b\.?|a/k/a|also\s+known\s+as|d/b/a|doing\s+business\s+as|t/a|trading\s+as)|(?<=^|[\s(,;])ex(?:[\s.-]+)(?=\p{L}{3}))\s*:?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Former();
}
