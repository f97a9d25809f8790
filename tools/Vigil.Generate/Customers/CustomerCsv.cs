using System.Text;

namespace Vigil.Generate.Customers;

/// <summary>Writes customer rows as the query CSV (UTF-8, header row, LF line ends, RFC 4180 quoting).</summary>
internal static class CustomerCsv
{
    public const string Header = "id,name,type,birth_date,country,id_number";

    /// <summary>Writes <paramref name="rows"/>; with <paramref name="expected"/> a last column names the entity a true hit was made from.</summary>
    /// <returns>The number of rows and of true hits written.</returns>
    public static (int Rows, int Hits) Write(TextWriter writer, IEnumerable<CustomerRow> rows, bool expected)
    {
        writer.Write(Header);
        writer.Write(expected ? ",expected\n" : "\n");
        int count = 0, hits = 0;
        var line = new StringBuilder(128);
        foreach (var r in rows)
        {
            line.Clear();
            Field(line, r.Id).Append(',');
            Field(line, r.Name).Append(',');
            Field(line, r.Type).Append(',');
            Field(line, r.BirthDate).Append(',');
            Field(line, r.Country).Append(',');
            Field(line, r.IdNumber);
            if (expected) Field(line.Append(','), r.Expected ?? "");
            line.Append('\n');
            writer.Write(line);
            count++;
            if (r.Expected is not null) hits++;
        }
        return (count, hits);
    }

    public static (int Rows, int Hits) Write(string path, IEnumerable<CustomerRow> rows, bool expected)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        return Write(writer, rows, expected);
    }

    private static StringBuilder Field(StringBuilder line, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\n\r") < 0) return line.Append(value);
        return line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
