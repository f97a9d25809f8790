namespace Vigil.Core.Text;

/// <summary>English month names and abbreviations → month number, from the embedded <c>Text/Data/months.tsv</c>.</summary>
/// <remarks>One table for the three readers of dates: UN list dates, OFAC remarks and free text.</remarks>
public static class Months
{
    private static readonly Lazy<(string Name, string Abbreviation)[]> Table = new(Load);

    /// <summary>1-12 for a lower-case English month name or a prefix of it of at least three letters (<c>sep</c>, <c>sept</c>); otherwise null.</summary>
    public static int? FromName(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3) return null;
        var table = Table.Value;
        for (var i = 0; i < table.Length; i++)
            if (table[i].Name.StartsWith(word, StringComparison.Ordinal)) return i + 1;
        return null;
    }

    /// <summary>1-12 for a three-letter English month abbreviation in any case (<c>Nov</c>, <c>NOV</c>); otherwise null.</summary>
    public static int? FromAbbreviation(string word)
    {
        var table = Table.Value;
        for (var i = 0; i < table.Length; i++)
            if (table[i].Abbreviation.Equals(word, StringComparison.OrdinalIgnoreCase)) return i + 1;
        return null;
    }

    private static (string, string)[] Load()
    {
        var months = new List<(string, string)>(12);
        foreach (var row in ReferenceData.CoreRows("months.tsv", 3))
        {
            // The number column keeps the file readable and is checked, so a dropped or reordered line cannot shift months.
            if (row[0] != (months.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
                throw row.Error($"expected month {months.Count + 1}, found '{row[0]}'");
            months.Add((row[1], row[2]));
        }
        if (months.Count != 12) throw new InvalidDataException($"{ReferenceData.CoreTables}months.tsv: {months.Count} months, expected 12");
        return [.. months];
    }
}
