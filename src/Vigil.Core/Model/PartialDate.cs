using System.Globalization;

namespace Vigil.Core.Model;

/// <summary>A date known to year, year-month or day precision (<c>1962</c>, <c>1962-11</c>, <c>1962-11-23</c>).</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    /// <summary>1 = year, 2 = year-month, 3 = exact day.</summary>
    public int Precision => Day is not null ? 3 : Month is not null ? 2 : 1;

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; rejects impossible dates.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        text = text.Trim();
        if (text.Length is not (4 or 7 or 10)) return false;
        if (!int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1000 || y > 9999) return false;
        if (text.Length == 4) { date = new PartialDate(y); return true; }
        if (text[4] != '-' || !int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12) return false;
        if (text.Length == 7) { date = new PartialDate(y, m); return true; }
        if (text[7] != '-' || !int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new PartialDate(y, m, d);
        return true;
    }

    /// <summary>Parses like <see cref="TryParse"/> or throws <see cref="FormatException"/> naming the value.</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var d) ? d : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");

    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public static bool operator <(PartialDate a, PartialDate b) => a.CompareTo(b) < 0;
    public static bool operator >(PartialDate a, PartialDate b) => a.CompareTo(b) > 0;
    public static bool operator <=(PartialDate a, PartialDate b) => a.CompareTo(b) <= 0;
    public static bool operator >=(PartialDate a, PartialDate b) => a.CompareTo(b) >= 0;

    public override string ToString() =>
        Day is not null ? $"{Year:D4}-{Month:D2}-{Day:D2}" : Month is not null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";
}
