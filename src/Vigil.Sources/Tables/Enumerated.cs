using System.Text.RegularExpressions;

namespace Vigil.Sources.Tables;

/// <summary>Several values written in one cell: <c>a) X b) Y</c>, <c>(a) X; (b) Y</c>, <c>X; alt DOB: Y</c>, <c>X &gt;&gt; Y</c>.</summary>
public static partial class Enumerated
{
    /// <summary>The values, trimmed, without their markers; a cell without markers or separators is one value.</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="splitOnAnd">Also split on <c>and</c> and commas (<c>Russian and Ukrainian</c>).</param>
    /// <param name="splitOnOr">Also split on <c>or</c> (<c>1965 or 1966</c>).</param>
    public static List<string> Split(string? cell, bool splitOnAnd = false, bool splitOnOr = false)
    {
        var values = new List<string>();
        if (string.IsNullOrWhiteSpace(cell)) return values;
        var parts = Marker().Split(cell.Replace('\u00A0', ' '));
        foreach (var part in parts)
        {
            var pieces = splitOnAnd ? And().Split(part) : splitOnOr ? Or().Split(part) : [part];
            foreach (var piece in pieces)
            {
                var v = piece.Trim().TrimEnd('.', ',', ';').Trim();
                if (v.Length > 0 && !values.Contains(v, StringComparer.OrdinalIgnoreCase)) values.Add(v);
            }
        }
        return values;
    }

    // a) b) (c) at the start or after a space or separator; ';' ; '>>'; 'alt DOB:'.
    [GeneratedRegex(@"(?:(?:^|(?<=[\s;,]))\(?[a-z]\)\s*)|;|>>|\balt(?:ernative)?\.?\s+DOB:?", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    [GeneratedRegex(@"\s+and\s+|,\s*", RegexOptions.IgnoreCase)]
    private static partial Regex And();

    [GeneratedRegex(@"\s+or\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Or();
}
