using System.Globalization;
using System.Text.RegularExpressions;
using Vigil.Core.Model;

namespace Vigil.Sources.UkOfsi;

/// <summary>How OFSI writes values inside a cell: numbered lists, dates with zeros for unknown parts, UN references.</summary>
internal static partial class OfsiValues
{
    /// <summary>
    /// Splits a numbered multi-value cell (<c>(1) Saudi Arabia (2) Qatar</c>, <c>1) A 2) B</c>, <c>(1)-(2) Indonesia</c>)
    /// into its values, each trimmed of trailing full stops and commas; a cell without numbering is one value.
    /// </summary>
    public static List<string> Split(string? cell)
    {
        var values = new List<string>();
        if (string.IsNullOrWhiteSpace(cell)) return values;
        var marks = Numbering().Matches(cell);
        if (marks.Count == 0 || marks[0].Index > 0 && !string.IsNullOrWhiteSpace(cell[..marks[0].Index]))
        {
            Add(values, cell);
            return values;
        }
        for (var i = 0; i < marks.Count; i++)
        {
            var start = marks[i].Index + marks[i].Length;
            var end = i + 1 < marks.Count ? marks[i + 1].Index : cell.Length;
            Add(values, cell[start..end]);
        }
        return values;
    }

    private static void Add(List<string> values, string value)
    {
        var v = value.Trim().TrimEnd('.', ',', ';').Trim();
        if (v.Length > 0 && !values.Contains(v, StringComparer.OrdinalIgnoreCase)) values.Add(v);
    }

    /// <summary>
    /// A date as OFSI writes it: <c>dd/mm/yyyy</c> with <c>00</c> for unknown day or month (<c>00/00/1980</c>, <c>00/09/1958</c>),
    /// <c>mm/yyyy</c>, <c>yyyy</c>, or ISO from a typed spreadsheet cell. Null when it is none of these.
    /// </summary>
    public static PartialDate? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (PartialDate.TryParse(t, out var iso)) return iso;
        if (t.Length > 10 && t[10] == 'T' && PartialDate.TryParse(t.AsSpan(0, 10), out iso)) return iso;
        var parts = t.Split('/');
        if (parts.Length is < 1 or > 3 || !parts.All(p => p.Length is 1 or 2 or 4 && p.All(char.IsAsciiDigit))) return null;
        var year = int.Parse(parts[^1], CultureInfo.InvariantCulture);
        if (parts[^1].Length != 4 || year < 1000) return null;
        var month = parts.Length >= 2 ? int.Parse(parts[^2], CultureInfo.InvariantCulture) : 0;
        var day = parts.Length == 3 ? int.Parse(parts[0], CultureInfo.InvariantCulture) : 0;
        if (month is < 0 or > 12) return null;
        if (month == 0) return day == 0 ? new PartialDate(year) : null;
        if (day == 0) return new PartialDate(year, month);
        return day <= DateTime.DaysInMonth(year, month) ? new PartialDate(year, month, day) : null;
    }

    /// <summary>A date known to the day, or null.</summary>
    public static DateOnly? Day(string? text) =>
        Date(text) is { Precision: 3 } d ? new DateOnly(d.Year, d.Month!.Value, d.Day!.Value) : null;

    /// <summary>The UN reference in a text (<c>UN Ref QDi.001</c>, <c>UN REF:QE.A.146.14</c>), in the UN's own casing, or null;
    /// with <paramref name="atStart"/>, only one that opens the text.</summary>
    public static string? UnReference(string? text, bool atStart = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = UnRef().Match(text);
        if (!m.Success || atStart && !text.AsSpan(0, m.Index).IsWhiteSpace()) return null;
        return NormaliseUnReference(m.Groups["ref"].Value);
    }

    /// <summary><c>QDE.143</c>, <c>CDi. 038</c> → <c>QDe.143</c>, <c>CDi.038</c>: two capitals, <c>i</c> (individual) or <c>e</c> (entity), the number.</summary>
    public static string NormaliseUnReference(string reference)
    {
        var r = string.Concat(reference.Where(c => !char.IsWhiteSpace(c))).TrimEnd('.');
        var m = NewStyle().Match(r);
        return m.Success ? m.Groups[1].Value.ToUpperInvariant() + m.Groups[2].Value.ToLowerInvariant() + "." + m.Groups[3].Value : r.ToUpperInvariant();
    }

    [GeneratedRegex(@"(?:(?<=^)|(?<=\s)|(?<=[.,;]))\(?\d{1,2}\)(?:\s*-\s*\(\d{1,2}\))?\s*")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\bUN\s*Ref(?:erence)?(?:\s*No)?\s*[.:]?\s*[:]?\s*(?<ref>[A-Za-z]{2}[IiEe]\.\s?\d{1,3}|[A-Za-z]{1,2}\.[A-Za-z]\.\d+\.\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex UnRef();

    [GeneratedRegex(@"^([A-Za-z]{2})([IiEe])\.(\d{1,3})$")]
    private static partial Regex NewStyle();
}
