using System.Globalization;
using System.Xml.Linq;
using Vigil.Core.Model;

namespace Vigil.Sources.OfacXml;

/// <summary>Dates of the advanced format: <c>Year</c>/<c>Month</c>/<c>Day</c> elements, and <c>DatePeriod</c>s of From–To ranges.</summary>
internal static class AdvancedDates
{
    /// <summary>A date written as Year, Month, Day children (<c>DateOfIssue</c>, an entry event's <c>Date</c>), known to the day.</summary>
    public static DateOnly? Day(XElement? e) =>
        Ymd(e) is { } d && d.Precision == 3 ? new DateOnly(d.Year, d.Month!.Value, d.Day!.Value) : null;

    /// <summary>
    /// A birth date from a <c>DatePeriod</c>: OFAC writes a year as 1 Jan–31 Dec, a month as its first to last day, a day as
    /// From = To, and a range of years from the start's From to the end's To; <c>Approximate</c> marks circa.
    /// </summary>
    public static BirthDate? Birth(XElement? period)
    {
        if (period is null) return null;
        var start = Child(period, "Start");
        var end = Child(period, "End");
        var from = Ymd(Child(start, "From"));
        var to = Ymd(Child(end, "To")) ?? Ymd(Child(start, "To"));
        if (from is not { } f) return null;
        var approximate = string.Equals(start?.Attribute("Approximate")?.Value, "true", StringComparison.OrdinalIgnoreCase)
            || string.Equals(end?.Attribute("Approximate")?.Value, "true", StringComparison.OrdinalIgnoreCase);
        if (to is not { } t || t == f) return new BirthDate(f, Approximate: approximate);
        if (f is { Month: 1, Day: 1 } && t is { Month: 12, Day: 31 })
            return f.Year == t.Year
                ? new BirthDate(new PartialDate(f.Year), Approximate: approximate)
                : new BirthDate(new PartialDate(f.Year), new PartialDate(t.Year), approximate);
        if (f.Day == 1 && f.Year == t.Year && f.Month == t.Month && t.Day == DateTime.DaysInMonth(t.Year, t.Month!.Value))
            return new BirthDate(new PartialDate(f.Year, f.Month), Approximate: approximate);
        return new BirthDate(f, t, approximate);
    }

    private static PartialDate? Ymd(XElement? e)
    {
        if (e is null || !int.TryParse(Child(e, "Year")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1000 or > 9999) return null;
        var m = int.TryParse(Child(e, "Month")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var mm) && mm is >= 1 and <= 12 ? mm : (int?)null;
        var d = m is { } month && int.TryParse(Child(e, "Day")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var dd)
            && dd >= 1 && dd <= DateTime.DaysInMonth(y, month) ? dd : (int?)null;
        return new PartialDate(y, m, d);
    }

    internal static XElement? Child(XElement? e, string name) => e?.Elements().FirstOrDefault(c => c.Name.LocalName == name);
}
