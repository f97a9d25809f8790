using Vigil.Core.Model;
using Vigil.Core.Text;

namespace Vigil.Core.FreeText;

/// <summary>
/// What a text says next to a name that the matcher can use: countries (<c>Venezuela</c>, <c>Venezuelan</c>,
/// <c>North Korea</c>) and a birth date (<c>born 23 November 1962</c>, <c>DOB 1962-11-23</c>, <c>b. 1962</c>).
/// </summary>
/// <remarks>
/// Context only ever helps a mention: the scorer tries the name alone and with each piece of context and keeps the
/// best, because a sentence often names several countries and only one of them may be the party's.
/// </remarks>
internal static class TextContext
{
    /// <summary>Countries named within <see cref="Matching.ScoringProfile.ContextWords"/> words of <c>[first, last]</c>, at
    /// most <see cref="Matching.ScoringProfile.ContextCountries"/>, nearest first.</summary>
    public static List<string> Countries(List<TextWord> words, int first, int last, Matching.ScoringProfile profile)
    {
        var found = new List<string>(profile.ContextCountries);
        for (var d = 1; d <= profile.ContextWords && found.Count < profile.ContextCountries; d++)
        {
            Try(first - d);
            Try(last + d);
        }
        return found;

        void Try(int i)
        {
            if (i < 0 || i >= words.Count || !words[i].Capitalized) return;
            string? code = null;
            if (i + 1 < words.Count && !words[i + 1].BreakBefore && Text.Countries.TryGetCode(words[i].Text + " " + words[i + 1].Text, out var two)) code = two;
            else if (words[i].Text.Length >= profile.ContextCountryMinLength && Text.Countries.TryGetCode(words[i].Text, out var one)) code = one;
            if (code is not null && !found.Contains(code)) found.Add(code);
        }
    }

    /// <summary>A birth date stated within <see cref="Matching.ScoringProfile.ContextWords"/> words after <paramref name="last"/>
    /// (or <see cref="Matching.ScoringProfile.BirthDateLookBack"/> before <paramref name="first"/>): a trigger word (born, DOB, b.) followed by a date.</summary>
    public static PartialDate? BirthDate(List<TextWord> words, int first, int last, Matching.ScoringProfile profile)
    {
        var from = Math.Max(0, first - profile.BirthDateLookBack);
        var to = Math.Min(words.Count - 1, last + profile.ContextWords);
        for (var i = from; i <= to; i++)
        {
            if (!ReferenceData.Instance.BirthMarkers.Contains(words[i].Text)) continue;
            if (ParseDate(words, i + 1, profile.BirthDateWords) is { } date) return date;
        }
        return null;
    }

    /// <summary><c>23 November 1962</c>, <c>November 23 1962</c>, <c>1962-11-23</c>, <c>1962</c> (words after <c>on</c>/<c>in</c> skipped).</summary>
    private static PartialDate? ParseDate(List<TextWord> words, int i, int reach)
    {
        while (i < words.Count && words[i].Text is "on" or "in" or "the") i++;
        int? day = null, month = null;
        for (var k = i; k < Math.Min(words.Count, i + reach); k++)
        {
            var w = words[k].Text;
            if (IsYear(w, out var year))
            {
                // 1962-11-23
                if (day is null && month is null && k + 2 < words.Count && Number(words[k + 1].Text) is >= 1 and <= 12 and var m
                    && Number(words[k + 2].Text) is >= 1 and <= 31 and var dd && words[k + 1].Start - words[k].End == 1)
                    return Valid(year, m, dd);
                return month is { } mm ? (day is { } d ? Valid(year, mm, d) : new PartialDate(year, mm)) : new PartialDate(year);
            }
            if (Month(w) is { } mo) { month = mo; continue; }
            if (Number(w) is >= 1 and <= 31 and var n) { day = n; continue; }
            return null;
        }
        return null;
    }

    private static PartialDate? Valid(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? new PartialDate(year, month, day) : new PartialDate(year, month);

    private static bool IsYear(string w, out int year) =>
        (year = Number(w) ?? 0) is >= 1900 and <= 2025 && w.Length == 4;

    private static int? Number(string w)
    {
        if (w.Length is 0 or > 4) return null;
        var n = 0;
        foreach (var c in w)
        {
            if (!char.IsAsciiDigit(c)) return null;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static int? Month(string w) => Months.FromName(w);
}
