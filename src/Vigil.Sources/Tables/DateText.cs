using System.Globalization;
using System.Text.RegularExpressions;
using Vigil.Core.Model;

namespace Vigil.Sources.Tables;

/// <summary>
/// Dates as publishers write them in free-text cells: <c>12 Dec. 1960</c>, <c>12 December 1960</c>, <c>Dec 1960</c>,
/// <c>12/12/1960</c> (day first), <c>1960</c>, ISO (<c>1960-12-12</c>, from typed spreadsheet cells), and birth-date forms
/// with ranges and approximations (<c>Approximately 1955-1958</c>, <c>Between 1960 and 1962</c>, <c>circa 1960</c>).
/// </summary>
public static partial class DateText
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>One date, with the precision the text gives; null when the text is not one date.</summary>
    public static PartialDate? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = Normalise(text);
        if (PartialDate.TryParse(t, out var iso)) return iso;
        if (t.Length > 10 && t[10] == 'T' && PartialDate.TryParse(t.AsSpan(0, 10), out iso)) return iso;
        var m = Slashed().Match(t);
        if (m.Success) return Make(Int(m.Groups["y"].Value), Int(m.Groups["m"].Value), m.Groups["d"].Success ? Int(m.Groups["d"].Value) : 0);
        m = American().Match(t);
        if (m.Success && MonthOf(m.Groups["mon"].Value) is { } us)
            return Make(Int(m.Groups["y"].Value), us, Int(m.Groups["d"].Value));
        m = Written().Match(t);
        if (m.Success && MonthOf(m.Groups["mon"].Value) is { } month)
            return Make(Year(m.Groups["y"].Value), month, m.Groups["d"].Success ? Int(m.Groups["d"].Value) : 0);
        return null;
    }

    /// <summary>A date known to the day, or null.</summary>
    public static DateOnly? Day(string? text) =>
        Date(text) is { Precision: 3 } d ? new DateOnly(d.Year, d.Month!.Value, d.Day!.Value) : null;

    /// <summary>A US month-first date (<c>10/16/2017</c>), or any other form <see cref="Date"/> reads, known to the day.</summary>
    public static DateOnly? UsDay(string? text)
    {
        if (text is null) return null;
        var m = Slashed().Match(Normalise(text));
        if (m.Success && m.Groups["d"].Success)
            return Make(Int(m.Groups["y"].Value), Int(m.Groups["d"].Value), Int(m.Groups["m"].Value)) is { Precision: 3 } us
                ? new DateOnly(us.Year, us.Month!.Value, us.Day!.Value)
                : null;
        return Day(text);
    }

    /// <summary>The first date written anywhere in <paramref name="text"/> (<c>Listed on 9 Sep. 2001 (relisted ...)</c>), known to the day.</summary>
    public static DateOnly? FirstDay(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (Match m in AnyDate().Matches(text))
            if (Day(m.Value) is { } day) return day;
        return null;
    }

    /// <summary>
    /// A birth date: one date, a range (<c>Between 1960 and 1962</c>, <c>1955-1958</c>, <c>1977/1978</c>) or an approximate one
    /// (<c>circa</c>, <c>c.</c>, <c>approximately</c>); a note after it (<c>5 Feb. 1970 (this aka only)</c>) is ignored.
    /// </summary>
    public static BirthDate? BirthDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (OneBirthDate(Normalise(text)) is { } whole) return whole;
        var cut = Note().Match(text);
        return cut.Success && cut.Index > 0 ? OneBirthDate(Normalise(text[..cut.Index])) : null;
    }

    private static BirthDate? OneBirthDate(string t)
    {
        var approximate = false;
        var prefix = Approximately().Match(t);
        if (prefix.Success)
        {
            approximate = true;
            t = t[prefix.Length..].Trim();
        }
        var between = Between().Match(t);
        if (between.Success && Date(between.Groups["a"].Value) is { } from && Date(between.Groups["b"].Value) is { } to && from <= to)
            return new BirthDate(from, to, approximate);
        var range = ToRange().Match(t);
        if (range.Success && Date(range.Groups["a"].Value) is { } start && Date(range.Groups["b"].Value) is { } end && start <= end)
            return new BirthDate(start, end, approximate);
        var years = YearRange().Match(t);
        if (years.Success)
        {
            var (a, b) = (Int(years.Groups["a"].Value), Int(years.Groups["b"].Value));
            if (a <= b) return new BirthDate(new PartialDate(a), new PartialDate(b), approximate);
        }
        return Date(t) is { } date ? new BirthDate(date, Approximate: approximate) : null;
    }

    private static PartialDate? Make(int year, int month, int day)
    {
        if (year is < 1000 or > 9999 || month is < 0 or > 12) return null;
        if (month == 0) return day == 0 ? new PartialDate(year) : null;
        if (day == 0) return new PartialDate(year, month);
        return day <= DateTime.DaysInMonth(year, month) ? new PartialDate(year, month, day) : null;
    }

    private static int? MonthOf(string name)
    {
        var key = name.ToLowerInvariant();
        if (key == "sept") key = "sep";
        var i = Array.FindIndex(Months, m => key.StartsWith(m, StringComparison.Ordinal) && (key.Length == 3 || m.StartsWith(key[..3], StringComparison.Ordinal)));
        return i >= 0 ? i + 1 : null;
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    // Two-digit years (23-Apr-68) are read as 19xx; lists write them only for birth dates long past.
    private static int Year(string digits) => digits.Length == 2 ? 1900 + Int(digits) : Int(digits);

    private static string Normalise(string text) => Spaces().Replace(text.Replace('\u00A0', ' '), " ").Trim().TrimEnd('.', ',', ';').Trim();

    [GeneratedRegex(@"^(?:(?<d>\d{1,2})[./])?(?<m>\d{1,2})[./]\s?(?<y>\d{4})$")]
    private static partial Regex Slashed();

    [GeneratedRegex(@"^(?:(?<d>\d{1,2})(?:st|nd|rd|th|\.)?[\s-]*)?(?<mon>[A-Za-z]{3,9})\.?,?[\s-]*(?<y>\d{4}|(?<=-)\d{2})$")]
    private static partial Regex Written();

    [GeneratedRegex(@"^(?<mon>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2}),\s*(?<y>\d{4})$")]
    private static partial Regex American();

    [GeneratedRegex(@"^(?<a>.+?)\s+to\s+(?<b>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ToRange();


    [GeneratedRegex(@"\b\d{1,2}(?:/\d{1,2}/\d{4}|\s+[A-Za-z]{3,9}\.?,?\s+\d{4})\b")]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"^(?:approximately|approx\.?|circa|ca\.|c\.|about)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Approximately();

    [GeneratedRegex(@"^between\s+(?<a>.+?)\s+(?:and|to)\s+(?<b>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"^(?<a>\d{4})\s*(?:-|–|/|to)\s*(?<b>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // Where a note starts after the date: an opening parenthesis, or a full stop followed by a word.
    [GeneratedRegex(@"\s*\(|\.\s+[A-Za-z]")]
    private static partial Regex Note();
}
