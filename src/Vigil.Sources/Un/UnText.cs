using System.Globalization;
using System.Text;

namespace Vigil.Sources.Un;

/// <summary>Small text helpers for UN values, which are hard-wrapped and padded with spaces in places.</summary>
internal static class UnText
{
    /// <summary>Trims and turns every run of white space (line breaks and indentation included) into one space.</summary>
    public static string Squash(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The squashed text, or null when nothing is left.</summary>
    public static string? Clean(string? text) => Squash(text) is { Length: > 0 } s ? s : null;

    /// <summary>Parses <c>yyyy-MM-dd</c>, ignoring a time or zone after it (<c>2015-04-07-04:00</c>, <c>2026-02-27T00:00:09.554Z</c>).</summary>
    public static DateOnly? IsoDate(string? text)
    {
        var s = Squash(text);
        if (s.Length > 10 && s[10] is 'T' or 'Z' or '+' or '-' or ' ') s = s[..10];
        return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
