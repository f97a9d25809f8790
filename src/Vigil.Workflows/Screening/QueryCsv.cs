using System.Text;
using nietras.SeparatedValues;

namespace Vigil.Workflows.Screening;

/// <summary>
/// Reads the query / customer layout: CSV, UTF-8 (or the encoding the caller names: <see cref="InputEncoding"/>), a header row naming <c>id</c>, <c>name</c>, <c>type</c>, <c>birth_date</c>,
/// <c>country</c> and <c>id_number</c> or <c>id_numbers</c>; other columns are ignored. <c>vigil screen</c> and
/// <c>vigil customers import</c> both read through it; each decides what a bad row means.
/// </summary>
public static class QueryCsv
{
    /// <summary>Streams the rows of <paramref name="path"/>; throws <see cref="VigilException"/> when the file is missing or
    /// the header lacks <c>name</c> (or <c>id</c>, when <paramref name="requireId"/>), and, while enumerating, when a quoted
    /// field runs over a line break.</summary>
    /// <param name="encoding">The file's encoding; null: UTF-8, checked whole before the first row (a byte that is not UTF-8
    /// throws naming its line and offset, before anything is read).</param>
    public static IEnumerable<QueryCsvRow> Read(string path, bool requireId = false, Encoding? encoding = null)
    {
        if (!File.Exists(path)) throw new VigilException($"{path}: no such file");
        // Checked here, not when the rows are first enumerated: a caller fails before it writes anything.
        if (InputEncoding.IsUtf8(encoding))
        {
            using var check = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            InputEncoding.CheckUtf8(check, path);
        }
        return Rows(path, requireId, encoding);
    }

    private static IEnumerable<QueryCsvRow> Rows(string path, bool requireId, Encoding? encoding)
    {
        using var text = new StreamReader(path, InputEncoding.IsUtf8(encoding) ? InputEncoding.Utf8 : encoding!,
            detectEncodingFromByteOrderMarks: InputEncoding.IsUtf8(encoding), 1 << 16);
        SepReader reader;
        try
        {
            reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true }).From(text);
        }
        catch (ArgumentException ex)
        {
            // Sep refuses a header naming a column twice (id,name,name; or two empty names): say so, not a stack trace.
            throw new VigilException($"{path}: line 1: the header names a column twice or leaves two columns unnamed ({ex.Message}); " +
                                     "give every column its own name", ex);
        }
        using var _ = reader;
        var header = reader.Header;
        var idCol = Index(header, "id");
        var nameCol = Index(header, "name");
        if (requireId && (idCol < 0 || nameCol < 0))
            throw new VigilException($"{path}: line 1: the header needs 'id' and 'name' columns (found: {string.Join(",", header.ColNames)})");
        if (nameCol < 0)
            throw new VigilException($"{path}: line 1: the header has no 'name' column (found: {string.Join(",", header.ColNames)})");
        var typeCol = Index(header, "type");
        var dobCol = Index(header, "birth_date");
        var countryCol = Index(header, "country");
        var idsCol = header.TryIndexOf("id_numbers", out var c) ? c : Index(header, "id_number");
        var ordinal = 0;
        foreach (var row in reader)
        {
            ordinal++;
            // Rule: in this layout a quoted field may not hold a line break. Names, dates and ids are one-line values,
            // and a quote left open swallows the following records into one field (3 rows read as 1); failing the file
            // naming the line where the quote opened is the only way no row vanishes silently.
            if (row.LineNumberToExcl - row.LineNumberFrom > 1)
            {
                throw new VigilException($"{path}: line {row.LineNumberFrom}: a quoted field runs over a line break " +
                                         $"(unbalanced quote?) and swallows lines {row.LineNumberFrom + 1}-{row.LineNumberToExcl - 1}; " +
                                         "a field in this file may not contain a line break");
            }
            yield return new QueryCsvRow(row.LineNumberFrom, ordinal, Get(row, idCol), Get(row, nameCol), Get(row, typeCol),
                Get(row, dobCol), Get(row, countryCol), Get(row, idsCol));
        }
    }

    private static string Get(SepReader.Row row, int col) => col >= 0 && col < row.ColCount ? row[col].Span.Trim().ToString() : "";

    private static int Index(SepReaderHeader header, string name) => header.TryIndexOf(name, out var i) ? i : -1;
}
