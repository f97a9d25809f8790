using System.Globalization;
using ExcelDataReader;
using Vigil.Core.Model;

namespace Vigil.Sources.Tables;

/// <summary>Reads the first worksheet of an XLSX workbook row by row (ExcelDataReader, streaming).</summary>
/// <remarks>
/// Cells come back as text whatever their type, so mappers see one shape: numbers in invariant form (<c>16856</c>,
/// not <c>16856.0</c>), date cells as ISO dates (<c>2024-11-11</c>), booleans as <c>TRUE</c>/<c>FALSE</c>. Publishers
/// mix text and typed cells in one column (DFAT's dates), so mappers parse both ISO and the publisher's text form.
/// Rows are numbered as the spreadsheet shows them (1-based).
/// </remarks>
public static class XlsxSheet
{
    // ExcelDataReader's configuration looks up code page 1252 (its fallback for legacy .xls) through
    // Encoding.GetEncoding, which .NET serves only once the code-page provider is registered. Registering is
    // process-wide and idempotent, and only adds encodings.
    static XlsxSheet() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    /// <summary>True when the bytes start like a ZIP archive, the container of an XLSX workbook.</summary>
    public static bool LooksLikeWorkbook(ReadOnlySpan<byte> start) =>
        start.Length >= 4 && start[0] == (byte)'P' && start[1] == (byte)'K' && start[2] == 3 && start[3] == 4;

    /// <summary>Every row of the first worksheet, blank rows included (so row numbers stay the spreadsheet's).</summary>
    /// <exception cref="ListFormatException">The content is not a readable workbook, or a cell cannot be read.</exception>
    public static IEnumerable<SheetRow> Read(Stream content, string file)
    {
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateOpenXmlReader(content);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new ListFormatException(file, "whole file", $"not a readable XLSX workbook: {ex.Message}", ex);
        }
        using (reader)
        {
            var row = 0;
            while (true)
            {
                bool more;
                string?[] cells;
                try
                {
                    more = reader.Read();
                    if (!more) break;
                    row = reader.Depth + 1;
                    cells = new string?[reader.FieldCount];
                    for (var i = 0; i < cells.Length; i++) cells[i] = Text(reader.GetValue(i));
                }
                catch (Exception ex) when (ex is not (OutOfMemoryException or ListFormatException))
                {
                    throw new ListFormatException(file, $"row {row + 1}", $"the workbook cannot be read on: {ex.Message}", ex);
                }
                yield return new SheetRow(row, cells);
            }
        }
    }

    private static string? Text(object? value) => value switch
    {
        null or DBNull => null,
        string s => s,
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
