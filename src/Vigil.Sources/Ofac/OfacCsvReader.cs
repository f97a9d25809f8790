using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Vigil.Core.Model;

namespace Vigil.Sources.Ofac;

/// <summary>Reads the OFAC legacy CSV files (no header, <c>-0- </c> for empty) into source-shaped rows.</summary>
/// <remarks>
/// A file is decoded whole before parsing: the lists are a few MB, and decoding up front lets an invalid
/// byte be reported with its line. Rows that are odd on their own become warnings; a file whose rows are
/// mostly of the wrong shape is not this file at all and throws. So does a file cut short: its last row
/// ends inside a quote, has fewer columns than the format, or ends in an empty or half-written field
/// (see <see cref="CutShort"/>); and a field longer than <see cref="ListLimits.MaxFieldChars"/>.
/// </remarks>
internal static class OfacCsvReader
{
    public const int EntryColumns = 12;
    public const int AliasColumns = 5;
    public const int AddressColumns = 6;
    public const int CommentColumns = 2;

    // Strict: the files are ASCII, so any invalid UTF-8 means a damaged or foreign file.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>DOS end-of-file marker that OFAC appends after the last line.</summary>
    private const char DosEof = '\u001A';

    /// <summary>One CSV row: its 1-based line, its fields (null where empty) and how many columns it had.</summary>
    private readonly record struct RawRow(int Line, string?[] Fields, int ColCount);

    public static List<OfacEntryRow> ReadEntries(Stream content, string file, List<ParseWarning> warnings)
    {
        var rows = ReadRows(content, file, EntryColumns);
        if (rows.Count == 0) throw new ListFormatException(file, "line 1", "the file holds no rows");
        var result = new List<OfacEntryRow>(rows.Count);
        foreach (var r in rows)
        {
            if (!Usable(r, file, EntryColumns, minColumns: 2, warnings)) continue;
            var f = r.Fields;
            result.Add(new OfacEntryRow(r.Line, f[0]!, Trim(f[1]), Trim(f[2]), Trim(f[3]), Trim(f[4]), Trim(f[5]), Trim(f[6]),
                Trim(f[7]), Trim(f[8]), Trim(f[9]), Trim(f[10]), f[11]));
        }
        return result;
    }

    public static List<OfacAliasRow> ReadAliases(Stream content, string file, List<ParseWarning> warnings)
    {
        var result = new List<OfacAliasRow>();
        foreach (var r in ReadRows(content, file, AliasColumns))
        {
            if (!Usable(r, file, AliasColumns, minColumns: 4, warnings)) continue;
            var f = r.Fields;
            result.Add(new OfacAliasRow(r.Line, f[0]!, Trim(f[1]), Trim(f[2]), Trim(f[3]), Trim(f[4])));
        }
        return result;
    }

    public static List<OfacAddressRow> ReadAddresses(Stream content, string file, List<ParseWarning> warnings)
    {
        var result = new List<OfacAddressRow>();
        foreach (var r in ReadRows(content, file, AddressColumns))
        {
            if (!Usable(r, file, AddressColumns, minColumns: 3, warnings)) continue;
            var f = r.Fields;
            result.Add(new OfacAddressRow(r.Line, f[0]!, Trim(f[1]), Trim(f[2]), Trim(f[3]), Trim(f[4]), Trim(f[5])));
        }
        return result;
    }

    public static List<OfacCommentRow> ReadComments(Stream content, string file, List<ParseWarning> warnings)
    {
        var result = new List<OfacCommentRow>();
        foreach (var r in ReadRows(content, file, CommentColumns))
        {
            if (!Usable(r, file, CommentColumns, minColumns: 2, warnings)) continue;
            if (r.Fields[1] is { } text) result.Add(new OfacCommentRow(r.Line, r.Fields[0]!, text));
        }
        return result;
    }

    /// <summary>True when the row can be read (perhaps in part); warns about short rows.</summary>
    private static bool Usable(RawRow row, string file, int columns, int minColumns, List<ParseWarning> warnings)
    {
        if (!IsEntNum(row.Fields[0]))
        {
            warnings.Add(new ParseWarning(file, row.Line, "ent_num", $"ent_num '{row.Fields[0]}' is not a number; row skipped"));
            return false;
        }
        if (row.ColCount > columns)
        {
            warnings.Add(new ParseWarning(file, row.Line, null,
                $"row has {row.ColCount} columns, expected {columns}; the {row.ColCount - columns} extra column(s) are ignored"));
            return true;
        }
        if (row.ColCount == columns) return true;
        var usable = row.ColCount >= minColumns;
        warnings.Add(new ParseWarning(file, row.Line, null,
            $"row has {row.ColCount} columns, expected {columns}; " + (usable ? "read in part" : "row skipped")));
        return usable;
    }

    private static List<RawRow> ReadRows(Stream content, string file, int columns)
    {
        var text = Decode(content, file);
        var rows = new List<RawRow>();
        if (string.IsNullOrWhiteSpace(text)) return rows;

        using var reader = Sep.New(',').Reader(o => o with
        {
            HasHeader = false,
            Unescape = true,
            DisableColCountCheck = true,
        }).From(new StringReader(text));

        int good = 0, odd = 0, firstOddLine = 0, firstOddCols = 0;
        // A row starts on the line where the one before it ended. Sep 0.17 without a header reports the
        // first row's LineNumberFrom as its end line, so the start is tracked here rather than read.
        var nextLine = 1;
        string lastRaw = "";
        try
        {
            foreach (var row in reader)
            {
                var line = nextLine;
                nextLine = row.LineNumberToExcl;
                if (row.ColCount == 1 && row[0].Span.IsWhiteSpace()) continue;
                // The raw text is looked at before any column is read: Sep unescapes columns in place.
                if (nextLine - line > 1 && SwallowsRecords(row.Span))
                {
                    throw new ListFormatException(file, $"line {line}",
                        $"a quoted field opened on line {line} runs over {nextLine - line - 1} line break(s) into following records " +
                        "(unbalanced quote); the rows would merge into one entity");
                }
                // A row ends at a line break outside quotes, so a row with an odd number of quotes is one the file ended inside.
                if (row.Span.Count('"') % 2 != 0)
                {
                    throw new ListFormatException(file, $"line {line}",
                        $"a quoted field opened on line {line} is never closed: the file ends inside it, so it looks cut short");
                }
                lastRaw = row.Span.ToString();
                // Keep the columns we know and pad short rows, so field access never goes out of range.
                // Each column is read once (Sep unescapes it then); extra columns only for their length.
                var fields = new string?[columns];
                for (var i = 0; i < row.ColCount; i++)
                {
                    var span = row[i].Span;
                    if (span.Length > ListLimits.MaxFieldChars)
                    {
                        throw new ListFormatException(file, $"line {line}",
                            $"column {i + 1} holds {span.Length.ToString("N0", CultureInfo.InvariantCulture)} characters, more than the " +
                            $"{ListLimits.MaxFieldChars.ToString("N0", CultureInfo.InvariantCulture)} a list field may hold");
                    }
                    if (i < columns) fields[i] = Field(span);
                }
                fields[0] = Trim(fields[0]);
                if (row.ColCount >= columns && IsEntNum(fields[0])) good++;
                else if (odd++ == 0) (firstOddLine, firstOddCols) = (line, row.ColCount);
                rows.Add(new RawRow(line, fields, row.ColCount));
            }
        }
        catch (NotSupportedException ex)
        {
            // Sep refuses a row beyond its buffer (16,777,216 characters): far past any field a list may hold.
            throw new ListFormatException(file, $"line {nextLine}",
                $"the row starting on line {nextLine} is longer than Sep's limit of 16,777,216 characters (a list field may hold " +
                $"{ListLimits.MaxFieldChars.ToString("N0", CultureInfo.InvariantCulture)}); a huge field or a quote that is never closed", ex);
        }

        // One odd row is a warning; a file of odd rows is some other file.
        if (odd > good)
        {
            throw new ListFormatException(file, $"line {firstOddLine}",
                $"not an OFAC file of {columns} columns starting with a numeric ent_num: {odd} of {odd + good} rows have another shape " +
                $"(line {firstOddLine} has {firstOddCols} columns)");
        }
        if (rows.Count > 0 && CutShort(lastRaw, columns) is { } cut)
            throw new ListFormatException(file, $"line {rows[^1].Line}", $"the last row {cut}: the file looks cut short");
        return rows;
    }

    /// <summary>Why the last row of a file cannot be whole, or null when it can.</summary>
    /// <remarks>
    /// What a cut leaves is a prefix of a whole row: fewer columns than the format, or a last field that is empty (cut
    /// just after a comma) or <c>-</c> (cut inside the empty marker <c>-0- </c>); a cut inside quotes is found before.
    /// No end marker is required, because the published files have none that holds for all of them: the 2021-07 and
    /// 2025-12 files end in CRLF and a DOS EOF byte 0x1A, but 2021-07's <c>sdn_comments.csv</c> has no 0x1A, and the
    /// 2019-01 files end without a line break, two of them (<c>add.csv</c>, <c>alt.csv</c>) inside their last marker
    /// (<c>-0</c>, <c>-0-</c>): those still read as whole, as no value is lost. A file cut exactly at a row boundary
    /// is whole to this check; for the main file the orphan check in <see cref="OfacParser"/> finds it.
    /// </remarks>
    internal static string? CutShort(ReadOnlySpan<char> raw, int columns)
    {
        raw = raw.TrimEnd("\r\n");
        var count = 1;
        var inQuotes = false;
        var lastStart = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '"') inQuotes = !inQuotes;
            else if (raw[i] == ',' && !inQuotes) (count, lastStart) = (count + 1, i + 1);
        }
        if (count < columns) return $"has {count} of {columns} columns";
        var last = raw[lastStart..].Trim(' ');
        if (last.IsEmpty) return $"ends in an empty column {count}";
        if (last.SequenceEqual("-")) return $"ends in column {count} with '-', a cut empty marker '-0- '";
        return null;
    }

    /// <summary>True when a line break inside the row is followed by what starts a record (<c>digits,</c>).</summary>
    /// <remarks>
    /// OFAC's remarks may legitimately hold a line break, so a multi-line field alone is not an error; a line inside it
    /// that begins like a record (an ent_num and a comma) means an unbalanced quote swallowed the rows that follow.
    /// </remarks>
    private static bool SwallowsRecords(ReadOnlySpan<char> raw)
    {
        for (var i = raw.IndexOf('\n'); i >= 0; )
        {
            var rest = raw[(i + 1)..];
            var digits = 0;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits])) digits++;
            if (digits > 0 && digits < rest.Length && rest[digits] == ',') return true;
            var next = rest.IndexOf('\n');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    /// <summary>Decodes strictly as UTF-8 and drops the trailing DOS EOF byte; rejects binary content.</summary>
    internal static string Decode(Stream content, string file)
    {
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            content.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            // Locate the byte independently of how the decoder chunked its input.
            var offset = FirstInvalidUtf8(bytes);
            var bad = bytes[offset];
            throw new ListFormatException(file, $"line {LineOfByte(bytes, offset)}",
                $"invalid UTF-8: byte 0x{bad:X2} at offset {offset.ToString(CultureInfo.InvariantCulture)}", ex);
        }

        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var end = text.Length;
        while (end > start && text[end - 1] is DosEof or '\r' or '\n') end--;

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\t' or '\r' or '\n'))
            {
                throw new ListFormatException(file, $"line {LineOfChar(text, i)}",
                    $"binary content: control character 0x{(int)c:X2} at offset {i.ToString(CultureInfo.InvariantCulture)}");
            }
        }
        return text[start..end];
    }

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        // A sequence cut off at the very end is "needs more data" rather than invalid; it starts at `read` too.
        return status == System.Buffers.OperationStatus.Done ? 0 : Math.Min(read, bytes.Length - 1);
    }

    private static int LineOfByte(byte[] bytes, int offset) => 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');

    private static int LineOfChar(string text, int index) => 1 + text.AsSpan(0, index).Count('\n');

    /// <summary>The field as listed, or null for OFAC's empty marker <c>-0- </c> (also <c>-0</c> when cut at end of file).</summary>
    private static string? Field(ReadOnlySpan<char> span)
    {
        var t = span.Trim();
        if (t.IsEmpty || t.SequenceEqual("-0-") || t.SequenceEqual("-0")) return null;
        return span.ToString();
    }

    private static string? Trim(string? s) => s?.Trim() is { Length: > 0 } t ? t : null;

    private static bool IsEntNum(string? s) =>
        s is { Length: > 0 } && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0;
}
