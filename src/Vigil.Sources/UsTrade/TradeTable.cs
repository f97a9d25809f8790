using Vigil.Core.Model;
using Vigil.Sources.Tables;

namespace Vigil.Sources.UsTrade;

/// <summary>Reads a US Commerce CSV/TSV export with a header row into rows with the header, failing a file cut mid-row.</summary>
internal static class TradeTable
{
    public static (SheetHeader Header, List<SheetRow> Rows) Read(ListFile file, char separator, string requiredColumn, string listName)
    {
        var decoded = CsvSheet.Decode(file.Content, file.Name, CsvSheet.Windows1252);
        SheetHeader? header = null;
        var rows = new List<SheetRow>();
        foreach (var row in CsvSheet.Rows(decoded.Text, file.Name, () => header?.Count ?? 0, separator))
        {
            if (row.IsBlank) continue;
            if (header is null)
            {
                header = new SheetHeader(row);
                if (header.Find(requiredColumn) < 0)
                    throw new ListFormatException(file.Name, $"line {row.Line}", $"not the {listName}: the header has no column '{requiredColumn}'");
                continue;
            }
            rows.Add(row);
        }
        if (header is null) throw new ListFormatException(file.Name, "line 1", $"the file is empty: not the {listName}");
        if (rows.Count == 0) throw new ListFormatException(file.Name, $"line {header.Line}", "the list has a header but no rows");
        if (rows[^1].Cells.Length < header.Count)
            throw new ListFormatException(file.Name, $"line {rows[^1].Line}",
                $"the last row has {rows[^1].Cells.Length} of {header.Count} columns: the file ends in the middle of a row (cut short?)");
        return (header, rows);
    }

    /// <summary>The values of a <c>;</c>-separated cell, trimmed.</summary>
    public static List<string> Multi(string? cell) =>
        cell is null ? [] : [.. cell.Split(';').Select(v => v.Trim()).Where(v => v.Length > 0).Distinct()];

    /// <summary>A stable id from a name: lower-case letters and digits joined by hyphens.</summary>
    public static string Slug(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
