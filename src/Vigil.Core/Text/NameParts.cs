namespace Vigil.Core.Text;

/// <summary>
/// The names a written name holds, with the words that do not name the party taken out: payment residue before it
/// (<c>BENEFICIARY:</c>, <c>FIELD 59:</c>, <c>MESSRS.</c>, <c>/ACC/…</c>), annotations after it (a flag, a voyage number,
/// a branch, a registration number), and former or other names written inside it (<c>X (ex-Y)</c>, <c>X f/k/a Y</c>,
/// <c>X, formerly Y</c>, <c>(ex A, ex B)</c>), each of which is a name of its own.
/// </summary>
/// <remarks>Runs once per query (and once per listed name at index time), never per candidate. Words are compared
/// case-insensitively; each rule has an example of what it takes out.</remarks>
public static partial class NameParts
{
    /// <summary>The name without residue and annotations first, then each former or other name it gives; the text
    /// itself (the same string) when there is nothing to take out.</summary>
    public static string[] Of(string text) => Of(text, false);

    /// <summary>As <see cref="Of(string)"/>; with <paramref name="mayOpenWithMarker"/> the text may itself start with the
    /// word that opens a former name (a bracket's inside: <c>ex-Ocean Pearl</c> → <c>Ocean Pearl</c>). Otherwise a name
    /// that starts with such a word keeps it (<c>EX-CELL TRADING</c>).</summary>
    public static string[] Of(string text, bool mayOpenWithMarker)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = WithoutAnnotations(WithoutResidue(text));
        var result = new List<string>(2);
        var from = 0;
        foreach (var (start, end) in FormerMarkers(clean, mayOpenWithMarker))
        {
            Add(clean[from..start]);
            from = end;
        }
        Add(clean[from..]);
        if (result.Count == 0) return [text];
        return result.Count == 1 && result[0] == Tidy(text) ? [text] : [.. result];

        void Add(string part)
        {
            var t = Tidy(part);
            if (t.Any(char.IsLetter) && !result.Contains(t)) result.Add(t);
        }
    }

    /// <summary>Spaces squashed; brackets, commas and semicolons left dangling at either end by a cut removed.</summary>
    private static string Tidy(string s)
    {
        s = string.Join(' ', s.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        s = s.Trim(Dangling);
        var open = s.Count(c => c == '(');
        var close = s.Count(c => c == ')');
        // a bracket opened and never closed (or closed and never opened) by the cut
        if (open != close) s = s.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);
        else if (open == 1 && s.StartsWith('(') && s.EndsWith(')')) s = s[1..^1];
        return s.Trim(Dangling);
    }

    private static readonly char[] Dangling = [' ', ',', ';', ':', '-', '\u2013', '/'];
}
