using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Vigil.Core.Model;

namespace Vigil.Sources.Tables;

/// <summary>Reads a publisher's CSV file into rows, decoding UTF-8 or the publisher's legacy code page.</summary>
/// <remarks>
/// The file is decoded whole (lists are a few MB): UTF-8 when it has a BOM or is valid UTF-8 throughout, otherwise
/// <see cref="Windows1252"/>, which is what OFSI's CSV uses (typographic quotes, <c>é</c>). Control characters other than
/// tab and line breaks mean binary content and fail the file naming the line. A quoted field that runs over a line
/// break and leaves the row with another column count than the header (an unbalanced quote swallowing rows), and a last
/// row cut short, fail the file naming the line: a cut-short list must never load.
/// </remarks>
public static class CsvSheet
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252 (Western European), from the platform's code-page provider.</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("code page 1252 is not available");

    /// <summary>How a file was decoded, for warnings and reports.</summary>
    public sealed record Decoded(string Text, string EncodingName);

    /// <summary>Decodes strictly as UTF-8, else as <paramref name="fallback"/>; rejects binary content.</summary>
    public static Decoded Decode(Stream content, string file, Encoding fallback)
    {
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            content.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        string text, name;
        try
        {
            text = StrictUtf8.GetString(bytes);
            name = "utf-8";
        }
        catch (DecoderFallbackException)
        {
            text = fallback.GetString(bytes);
            name = fallback.WebName;
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var line = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') line++;
            else if (c < ' ' && c is not ('\t' or '\r') && !(c == '\u001A' && i == text.Length - 1))
                throw new ListFormatException(file, $"line {line}",
                    $"binary content: control character 0x{(int)c:X2} at offset {i.ToString(CultureInfo.InvariantCulture)}");
        }
        return new Decoded(text.TrimEnd('\u001A'), name);
    }

    /// <summary>The rows of decoded CSV text, each with the line it starts on; blank lines are skipped.</summary>
    /// <param name="text">The decoded file.</param>
    /// <param name="file">The file name for messages.</param>
    /// <param name="columns">Given the rows read so far, the column count a row should have (the header's), or 0 while unknown.</param>
    /// <param name="separator">The field separator (<c>,</c>; tab for BIS's tab-separated files).</param>
    public static IEnumerable<SheetRow> Rows(string text, string file, Func<int> columns, char separator = ',')
    {
        using var reader = Sep.New(separator).Reader(o => o with
        {
            HasHeader = false,
            Unescape = true,
            DisableColCountCheck = true,
        }).From(new StringReader(text));
        var nextLine = 1;
        foreach (var row in reader)
        {
            var line = nextLine;
            nextLine = row.LineNumberToExcl;
            if (row.ColCount == 1 && row[0].Span.IsWhiteSpace()) continue;
            var expected = columns();
            if (expected > 0 && nextLine - line > 1 && row.ColCount != expected)
                throw new ListFormatException(file, $"line {line}",
                    $"a quoted field opened on line {line} runs over {nextLine - line - 1} line break(s) and leaves the row with " +
                    $"{row.ColCount} columns, not {expected} (unbalanced quote); the rows that follow would be lost");
            if (expected > 0 && nextLine - line > 1 && SwallowsRows(row, expected, separator))
                throw new ListFormatException(file, $"line {line}",
                    $"a quoted field opened on line {line} runs over {nextLine - line - 1} line break(s) across text shaped like rows " +
                    "(unbalanced quote); the rows it swallowed would be lost");
            var cells = new string?[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                var span = row[i].Span;
                cells[i] = span.IsWhiteSpace() ? null : span.ToString();
            }
            yield return new SheetRow(line, cells);
        }
    }

    /// <summary>True when a line inside one of the row's fields holds half a row's worth of separators: swallowed records.</summary>
    /// <remarks>A multi-line note is text; a line with a dozen commas inside a field is a record an unbalanced quote took in.</remarks>
    private static bool SwallowsRows(SepReader.Row row, int columns, char separator)
    {
        for (var i = 0; i < row.ColCount; i++)
        {
            var field = row[i].Span;
            if (field.IndexOf('\n') < 0) continue;
            foreach (var part in field.EnumerateLines())
                if (part.Count(separator) >= Math.Max(2, columns / 2)) return true;
        }
        return false;
    }
}
