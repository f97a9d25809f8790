using Vigil.Core.Model;
using Vigil.Sources.Tables;

namespace Vigil.Sources.UkOfsi;

/// <summary>
/// UK HM Treasury / OFSI Consolidated List of Financial Sanctions Targets, as CSV (<c>ConList.csv</c>, the old
/// <c>sanctionsconlist.csv</c>; Windows-1252 or UTF-8) or XLSX (<c>ConList.xlsx</c>, the 2022 format, every cell text).
/// </summary>
/// <remarks>
/// The format is recognised from the content, not the name: a ZIP container is the workbook, anything else CSV. Row 1
/// is <c>Last Updated,dd/mm/yyyy</c> (the list date), row 2 the header; columns are found by name so the 29-column
/// CSV and the 36-column workbook read alike and added columns are ignored. Rows are grouped by <c>Group ID</c>
/// (<see cref="OfsiMapper"/>). A CSV whose last row is cut short, or whose quote runs over into following rows,
/// fails naming the line; a damaged workbook fails naming the file.
/// </remarks>
public sealed class OfsiParser : IListParser
{
    public static OfsiParser Instance { get; } = new();

    public string Source => OfsiMapper.Source;

    /// <summary>OFSI publishes the same list in several forms; any one of them is the whole list.</summary>
    public IReadOnlyList<string> FileNames { get; } = ["ConList.csv", "ConList.xlsx", "sanctionsconlist.csv"];

    public bool FilesAreAlternatives => true;

    public ListParseResult Parse(ListInput input)
    {
        var file = input.OnlyFile(FileNames[0], "the OFSI list is one CSV or XLSX file");
        var content = Seekable(file.Content);
        Span<byte> start = stackalloc byte[4];
        var read = content.ReadAtLeast(start, 4, throwOnEndOfStream: false);
        content.Position = 0;
        if (read == 0) throw new ListFormatException(file.Name, "line 1", "the file is empty");

        var warnings = new List<ParseWarning>();
        OfsiColumns? columns = null;
        IEnumerable<SheetRow> rows;
        var isCsv = !XlsxSheet.LooksLikeWorkbook(start[..read]);
        if (isCsv)
        {
            var decoded = CsvSheet.Decode(content, file.Name, CsvSheet.Windows1252);
            rows = CsvSheet.Rows(decoded.Text, file.Name, () => columns?.Header.Count ?? 0);
        }
        else
        {
            rows = XlsxSheet.Read(content, file.Name);
        }

        DateOnly? published = null;
        OfsiMapper? mapper = null;
        SheetRow? last = null;
        var dataRows = 0;
        foreach (var row in rows)
        {
            if (row.IsBlank) continue;
            if (columns is null)
            {
                if (published is null && string.Equals(row[0], "Last Updated", StringComparison.OrdinalIgnoreCase))
                {
                    published = OfsiValues.Day(row[1]);
                    if (published is null)
                        warnings.Add(new ParseWarning(file.Name, row.Line, "Last Updated", $"list date '{row[1]}' is not a date"));
                    continue;
                }
                var header = new SheetHeader(row);
                if (header.Find("Name 6") < 0 || header.Find("Group ID") < 0)
                    throw new ListFormatException(file.Name, $"line {row.Line}",
                        $"not the OFSI consolidated list: expected a header with 'Name 6' and 'Group ID', found '{Preview(row)}'");
                columns = new OfsiColumns(header, file.Name);
                mapper = new OfsiMapper(columns, file.Name, warnings);
                continue;
            }
            if (isCsv && row.Cells.Length != columns.Header.Count && row.Cells.Length < columns.Header.Count)
                warnings.Add(new ParseWarning(file.Name, row.Line, null,
                    $"row has {row.Cells.Length} columns, the header {columns.Header.Count}; read in part"));
            else if (isCsv && row.Cells.Length > columns.Header.Count && row.Cells.Skip(columns.Header.Count).Any(c => !string.IsNullOrWhiteSpace(c)))
                warnings.Add(new ParseWarning(file.Name, row.Line, null,
                    $"row has {row.Cells.Length} columns, the header {columns.Header.Count}; the extra cells are ignored"));
            mapper!.Add(row);
            last = row;
            dataRows++;
        }
        if (columns is null || mapper is null)
            throw new ListFormatException(file.Name, "line 1", "no header row: not the OFSI consolidated list");
        if (dataRows == 0)
            throw new ListFormatException(file.Name, $"line {columns.Header.Line}", "the list has a header but no rows");
        // A CSV cut mid-row ends with a row shorter than the header; loading it would drop the rows after the cut.
        if (isCsv && last is { } end && end.Cells.Length < columns.Header.Count)
            throw new ListFormatException(file.Name, $"line {end.Line}",
                $"the last row has {end.Cells.Length} of {columns.Header.Count} columns: the file ends in the middle of a row (cut short?)");
        if (published is null)
            warnings.Add(new ParseWarning(file.Name, 1, "Last Updated", "no 'Last Updated' row before the header: the list date is unknown"));

        return new ListParseResult(mapper.Entities().ToList(), warnings, published);
    }

    private static string Preview(SheetRow row)
    {
        var text = string.Join(",", row.Cells.Take(6));
        return text.Length > 80 ? text[..80] + "…" : text;
    }

    private static Stream Seekable(Stream content)
    {
        if (content.CanSeek) return content;
        var copy = new MemoryStream();
        content.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
