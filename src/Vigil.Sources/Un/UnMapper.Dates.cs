using System.Globalization;
using System.Text.RegularExpressions;
using Vigil.Core.Model;
using Vigil.Core.Text;

namespace Vigil.Sources.Un;

internal sealed partial class UnMapper
{
    /// <summary>
    /// One INDIVIDUAL_DATE_OF_BIRTH: <c>EXACT</c> with DATE (<c>1963-04-11</c>) or YEAR, <c>APPROXIMATELY</c> with YEAR
    /// (an approximate year), <c>BETWEEN</c> with FROM_YEAR and TO_YEAR (a range; approximate when the NOTE says so).
    /// A few EXACT dates are only in the NOTE (<c>Nov. 1973</c>, <c>Between Aug. and Sep. 1977</c>). Anything else is a warning.
    /// </summary>
    private BirthDate? MapDateOfBirth(string id, UnDateOfBirth d)
    {
        var type = UnText.Squash(d.TypeOfDate).ToUpperInvariant();
        string? date = UnText.Clean(d.Date), year = UnText.Clean(d.Year), from = UnText.Clean(d.FromYear),
            to = UnText.Clean(d.ToYear), note = UnText.Clean(d.Note);
        if (type.Length == 0 && date is null && year is null && from is null && to is null && note is null) return null;

        var approximate = type == "APPROXIMATELY" || (note?.Contains("approx", StringComparison.OrdinalIgnoreCase) ?? false);
        switch (type)
        {
            case "BETWEEN":
                if (Year(from) is { } first && Year(to) is { } last && first <= last)
                    return new BirthDate(new PartialDate(first), first == last ? null : new PartialDate(last), approximate);
                break;
            case "EXACT" or "APPROXIMATELY" or "":
                if (date is not null)
                {
                    if (PartialDate.TryParse(date.Length > 10 ? date[..10] : date, out var exact)) return new BirthDate(exact, Approximate: approximate);
                    break;
                }
                if (Year(year) is { } y)
                {
                    // "YEAR 1958, NOTE Sep." — the note gives the month.
                    var month = note is null ? null : Month(note.TrimEnd('.'));
                    return new BirthDate(new PartialDate(y, month), Approximate: approximate);
                }
                if (note is not null && MonthYear().Match(note) is { Success: true } my && Month(my.Groups["m"].Value) is { } m)
                {
                    var y2 = int.Parse(my.Groups["y"].Value, CultureInfo.InvariantCulture);
                    var until = my.Groups["m2"].Success ? Month(my.Groups["m2"].Value) : null;
                    return new BirthDate(new PartialDate(y2, m), until is null ? null : new PartialDate(y2, until), approximate);
                }
                break;
        }
        var shown = string.Join(", ", new[] { ("TYPE_OF_DATE", d.TypeOfDate), ("DATE", date), ("YEAR", year), ("FROM_YEAR", from), ("TO_YEAR", to), ("NOTE", note) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1} '{UnText.Squash(p.Item2)}'"));
        Warn(d.Line, "INDIVIDUAL_DATE_OF_BIRTH", $"{id}: date of birth not understood: {shown}");
        return null;
    }

    // "Nov. 1973", "August 1961", "Between Aug. and Sep. 1977"
    [GeneratedRegex(@"^(?:Between\s+)?(?<m>[A-Za-z]{3,9})\.?(?:\s+and\s+(?<m2>[A-Za-z]{3,9})\.?)?\s+(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    private static int? Year(string? text) =>
        text is { Length: 4 } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 1800 ? y : null;

    /// <summary>1-12 for an English month name or its abbreviation of at least three letters (<c>Sep</c>, <c>Sept</c>).</summary>
    private static int? Month(string word) => Months.FromName(word.Trim().ToLowerInvariant());
}
