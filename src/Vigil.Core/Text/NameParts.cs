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
        // Names listed one after another with semicolons ("Azim Adhajani; Azim Agha-Jani", as lists write their aliases)
        // are names of their own.
        string[] segments = clean.Contains(';', StringComparison.Ordinal) ? clean.Split(';') : [clean];
        for (var k = 0; k < segments.Length; k++)
        {
            var names = segments[k];
            var from = 0;
            // After a semicolon a name may open with its marker ("X; f/k/a Y").
            foreach (var (start, end) in FormerMarkers(names, mayOpenWithMarker || k > 0))
            {
                Add(names[from..start]);
                from = end;
            }
            Add(names[from..]);
        }
        if (result.Count == 0) return [text];
        return result.Count == 1 && result[0] == Tidy(text) ? [text] : [.. result];

        void Add(string part)
        {
            var t = Tidy(part);
            if (!t.Any(char.IsLetter)) return;
            // A name in brackets written in another script than the rest ("Akrin Saleh Akrin (أقرين صالح أقرين)") is the
            // same name in that script: a part of its own.
            if (BothScripts(t) && (OtherScriptInBrackets(t) ?? OtherScriptAfter(t)) is var (outside, inside))
            {
                Add(outside);
                Add(inside);
                return;
            }
            if (!result.Contains(t)) result.Add(t);
        }
    }

    /// <summary>A name written in Latin letters and then again in another script ("Agha Jan Alizai اغا جان عالیزی"), as
    /// the two names; null unless the words are one run of each.</summary>
    private static (string Latin, string Other)? OtherScriptAfter(string name)
    {
        var words = name.Split(' ');
        var boundary = -1;
        for (var i = 1; i < words.Length; i++)
        {
            if (LatinOnly(words[i - 1]) == LatinOnly(words[i]) && NoLatin(words[i - 1]) == NoLatin(words[i])) continue;
            if (boundary >= 0 || !(LatinOnly(words[i - 1]) && NoLatin(words[i]) || NoLatin(words[i - 1]) && LatinOnly(words[i]))) return null;
            boundary = i;
        }
        return boundary < 0 ? null : (string.Join(' ', words[..boundary]), string.Join(' ', words[boundary..]));
    }

    /// <summary>Whether <paramref name="s"/> holds a Latin letter and a letter of another script (one pass: most names
    /// hold one script).</summary>
    private static bool BothScripts(string s)
    {
        bool latin = false, other = false;
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) continue;
            if (c < '\u0250') latin = true;
            else if (c >= '\u0370') other = true;
            if (latin && other) return true;
        }
        return false;
    }

    private static bool LatinOnly(string s) => s.Any(char.IsLetter) && s.All(c => !char.IsLetter(c) || c < '\u0250');

    private static bool NoLatin(string s) => s.Any(char.IsLetter) && s.All(c => !char.IsLetter(c) || c >= '\u0370');

    /// <summary>The name outside and the name inside the one pair of brackets of <paramref name="name"/> (after a label
    /// ending with a colon), when one of the two is written in Latin letters only and the other in none; else null.</summary>
    private static (string Outside, string Inside)? OtherScriptInBrackets(string name)
    {
        var open = name.IndexOf('(');
        var close = name.LastIndexOf(')');
        if (open <= 0 || close < open || name.IndexOf('(', open + 1) >= 0) return null;
        var inside = name[(open + 1)..close];
        // "(original script: Амир Хазмат)": the name after its label
        if (inside.LastIndexOf(':') is var colon and >= 0) inside = inside[(colon + 1)..];
        var outside = name[..open] + " " + name[(close + 1)..];
        return LatinOnly(inside) != LatinOnly(outside) && NoLatin(inside) != NoLatin(outside) ? (outside, inside) : null;
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
