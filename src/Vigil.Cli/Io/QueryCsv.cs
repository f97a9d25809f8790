using nietras.SeparatedValues;
using Vigil.Core.Screening;
using Vigil.Workflows;
using Vigil.Workflows.Screening;

namespace Vigil.Cli.Io;

/// <summary>Reads a query file (CSV, UTF-8, header row: id,name,type,birth_date,country,id_number; other columns ignored).</summary>
internal static class QueryCsv
{
    /// <summary>One row: its 1-based line number, the caller's id, and the query (null for a bad row, with the reason).</summary>
    public sealed record Row(int Line, string Id, ScreeningQuery? Query, string? Error);

    /// <summary>Streams the rows of <paramref name="path"/>; throws <see cref="VigilException"/> when the header lacks <c>name</c>.</summary>
    public static IEnumerable<Row> Read(string path)
    {
        if (!File.Exists(path)) throw new VigilException($"{path}: no such file");
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true }).FromFile(path);
        var header = reader.Header;
        if (!header.TryIndexOf("name", out var nameCol))
            throw new VigilException($"{path}: line 1: the header has no 'name' column (found: {string.Join(",", header.ColNames)})");
        var idCol = Index(header, "id");
        var typeCol = Index(header, "type");
        var dobCol = Index(header, "birth_date");
        var countryCol = Index(header, "country");
        var idNumberCol = Index(header, "id_number");
        var ordinal = 0;
        foreach (var row in reader)
        {
            ordinal++;
            var line = row.LineNumberFrom;
            var id = Get(row, idCol) is { Length: > 0 } given ? given : ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var fields = new QueryFields(Get(row, nameCol), Get(row, typeCol), Get(row, dobCol), Get(row, countryCol), Get(row, idNumberCol));
            yield return fields.TryCreate(out var query, out var error)
                ? new Row(line, id, query, null)
                : new Row(line, id, null, error);
        }
    }

    private static string? Get(SepReader.Row row, int col) => col >= 0 && col < row.ColCount ? row[col].Span.ToString() : null;

    private static int Index(SepReaderHeader header, string name) => header.TryIndexOf(name, out var i) ? i : -1;
}
