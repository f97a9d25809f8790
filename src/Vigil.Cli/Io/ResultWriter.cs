using System.Globalization;
using System.Text.Json;
using nietras.SeparatedValues;
using Vigil.Contracts;
using Vigil.Workflows;

namespace Vigil.Cli.Io;

/// <summary>Writes <c>vigil screen</c>'s results: JSON lines (one <see cref="ScreeningRecord"/> per input row) or CSV (one row per
/// match, and one row with <c>error</c> for an input row that could not be screened).</summary>
internal sealed class ResultWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter? _json;
    private readonly SepWriter? _csv;

    private ResultWriter(Stream stream, bool csv)
    {
        _stream = stream;
        if (csv) _csv = Sep.New(',').Writer(o => o with { Escape = true }).To(new StreamWriter(stream, new System.Text.UTF8Encoding(false)), leaveOpen: false);
        else _json = JsonOutput.LineWriter(stream);
    }

    /// <summary>A writer to <paramref name="path"/> (CSV when it ends in .csv, JSON lines otherwise) or to stdout when null.</summary>
    public static ResultWriter Open(string? path)
    {
        var stream = path is null ? Console.OpenStandardOutput() : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        var csv = path is not null && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        return new ResultWriter(new BufferedStream(stream, 1 << 16), csv);
    }

    /// <summary>One input row's result.</summary>
    public void Write(ScreeningRecord record)
    {
        if (_csv is not null)
        {
            WriteCsv(_csv, record);
            return;
        }
        var json = _json!;
        JsonSerializer.Serialize(json, record, VigilJson.Compact.ScreeningRecord);
        json.Flush();
        json.Reset();
        _stream.WriteByte((byte)'\n');
    }

    /// <summary>Columns <c>id,rank,source,source_id,name,score,error</c>: a row per match, or one row with only id and error;
    /// text cells pass <see cref="CsvCell.Neutralise"/> so a spreadsheet never runs them as formulas.</summary>
    private static void WriteCsv(SepWriter csv, ScreeningRecord record)
    {
        if (record.Error is not null)
        {
            using var row = csv.NewRow();
            row["id"].Set(CsvCell.Neutralise(record.Id));
            foreach (var empty in (string[])["rank", "source", "source_id", "name", "score"]) row[empty].Set("");
            row["error"].Set(CsvCell.Neutralise(record.Error));
            return;
        }
        var rank = 0;
        foreach (var hit in record.Matches)
        {
            using var row = csv.NewRow();
            row["id"].Set(CsvCell.Neutralise(record.Id));
            row["rank"].Format(++rank);
            row["source"].Set(CsvCell.Neutralise(hit.Source));
            row["source_id"].Set(CsvCell.Neutralise(hit.SourceId));
            row["name"].Set(CsvCell.Neutralise(hit.Name));
            row["score"].Set(hit.Score.ToString("0.####", CultureInfo.InvariantCulture));
            row["error"].Set("");
        }
    }

    public void Dispose()
    {
        if (_csv is not null)
        {
            _csv.Dispose(); // flushes and closes the stream it writes to
            return;
        }
        _json?.Dispose();
        _stream.Flush();
        _stream.Dispose();
    }
}
