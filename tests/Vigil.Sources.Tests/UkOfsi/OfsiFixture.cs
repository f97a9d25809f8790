using Vigil.Core.Model;
using Vigil.Sources.Tests.Support;
using Vigil.Sources.UkOfsi;

namespace Vigil.Sources.Tests.UkOfsi;

/// <summary>The OFSI fixtures: <c>Fixtures/uk-ofsi/ConList.csv</c> (the old 29-column CSV in Windows-1252) and workbooks built here.</summary>
internal static class OfsiFixture
{
    public static readonly string[] Header2022 =
    [
        "Name 6", "Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Title", "Name Non-Latin Script", "Non-Latin Script Type",
        "Non-Latin Script Language", "DOB", "Town of Birth", "Country of Birth", "Nationality", "Passport Number", "Passport Details",
        "National Identification Number", "National Identification Details", "Position", "Address 1", "Address 2", "Address 3",
        "Address 4", "Address 5", "Address 6", "Post/Zip Code", "Country", "Other Information", "Group Type", "Alias Type",
        "Alias Quality", "Regime", "Listed On", "UK Sanctions List Date Designated", "Last Updated", "Group ID",
    ];

    public static string CsvPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "uk-ofsi", "ConList.csv");

    public static ListParseResult ParseFile(string path)
    {
        using var stream = File.OpenRead(path);
        return OfsiParser.Instance.Parse(new ListInput([new ListFile(Path.GetFileName(path), stream)]));
    }

    public static ListParseResult Parse(string name, byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        return OfsiParser.Instance.Parse(new ListInput([new ListFile(name, stream)]));
    }

    /// <summary>A 2022-format row: named cells, the rest empty.</summary>
    public static object?[] Row(params (string Column, object Value)[] cells)
    {
        var row = new object?[Header2022.Length];
        foreach (var (column, value) in cells) row[Array.IndexOf(Header2022, column)] = value;
        return row;
    }

    /// <summary>A 2022-format workbook: the <c>Last Updated</c> row, the header, then <paramref name="rows"/>.</summary>
    public static byte[] Workbook(string listDate, params object?[][] rows) =>
        XlsxFixture.Write([["Last Updated", listDate], [.. Header2022], .. rows]);

    public static Entity Single(this ListParseResult result, string groupId) => result.Entities.Single(e => e.SourceId == groupId);
}
