using System.Text.RegularExpressions;

namespace Vigil.Sources.UkOfsi;

/// <summary>
/// OFSI's <c>Other Information</c> cell. Since the 2022 format it is a bag of <c>(Key):value</c> pairs
/// (<c>(UK Sanctions List Ref):GHR0086. (Gender):Male</c>); before, free text (<c>UN Ref QDe.004. Emir for ...</c>).
/// </summary>
internal static partial class OfsiOtherInformation
{
    /// <summary>The <c>(Key):value</c> pairs in order, values trimmed of the separating full stop; empty for free text.</summary>
    public static List<(string Key, string Value)> Pairs(string? text)
    {
        var pairs = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(text)) return pairs;
        var keys = Key().Matches(text);
        for (var i = 0; i < keys.Count; i++)
        {
            var start = keys[i].Index + keys[i].Length;
            var end = i + 1 < keys.Count ? keys[i + 1].Index : text.Length;
            var value = text[start..end].Trim();
            if (value.EndsWith('.') && !value.EndsWith("..", StringComparison.Ordinal)) value = value[..^1].TrimEnd();
            pairs.Add((keys[i].Groups["key"].Value.Trim(), value));
        }
        return pairs;
    }

    // A key opens the cell or follows a full stop / space, is words in parentheses and is followed by a colon.
    [GeneratedRegex(@"(?:^|(?<=[\s.]))\((?<key>[A-Za-z][A-Za-z0-9 /'&-]{1,40})\):")]
    private static partial Regex Key();
}
