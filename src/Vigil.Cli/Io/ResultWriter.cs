using System.Text.Encodings.Web;
using System.Text.Json;
using nietras.SeparatedValues;
using Vigil.Core.Matching;
using Vigil.Core.Screening;
using Vigil.Workflows.Screening;

namespace Vigil.Cli.Io;

/// <summary>Writes screening results as JSON lines (the contract's shape) or CSV (one row per match).</summary>
internal sealed class ResultWriter : IDisposable
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Stream _stream;
    private readonly Utf8JsonWriter? _json;
    private readonly SepWriter? _csv;
    private readonly bool _explain;

    private ResultWriter(Stream stream, bool csv, bool explain)
    {
        _stream = stream;
        _explain = explain;
        if (csv)
        {
            _csv = Sep.New(',').Writer(o => o with { Escape = true }).To(new StreamWriter(stream, new System.Text.UTF8Encoding(false)), leaveOpen: false);
        }
        else
        {
            _json = new Utf8JsonWriter(stream, JsonOptions);
        }
    }

    /// <summary>A writer to <paramref name="path"/> (CSV when it ends in .csv, JSON lines otherwise) or to stdout when null.</summary>
    public static ResultWriter Open(string? path, bool explain)
    {
        var stream = path is null ? Console.OpenStandardOutput() : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        var csv = path is not null && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        return new ResultWriter(new BufferedStream(stream, 1 << 16), csv, explain);
    }

    /// <summary>One query's result.</summary>
    public void Write(string id, IReadOnlyList<ScreeningHit> hits)
    {
        if (_csv is not null)
        {
            var rank = 0;
            foreach (var hit in hits)
            {
                using var row = _csv.NewRow();
                row["id"].Set(id);
                row["rank"].Format(++rank);
                row["source"].Set(hit.Entity.Source);
                row["source_id"].Set(hit.Entity.SourceId);
                row["name"].Set(hit.MatchedName);
                row["score"].Set(Round(hit.Score).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture));
            }
            return;
        }
        var json = _json!;
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteStartArray("matches");
        foreach (var hit in hits) WriteHit(json, hit, _explain);
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        json.Reset();
        _stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes one hit as the contract's match object, with <c>explanation</c> when asked.</summary>
    public static void WriteHit(Utf8JsonWriter json, ScreeningHit hit, bool explain)
    {
        json.WriteStartObject();
        json.WriteString("source", hit.Entity.Source);
        json.WriteString("source_id", hit.Entity.SourceId);
        json.WriteString("name", hit.MatchedName);
        json.WriteNumber("score", Round(hit.Score));
        if (explain && hit.Explanation is { } e) WriteExplanation(json, e);
        json.WriteEndObject();
    }

    internal static void WriteExplanation(Utf8JsonWriter json, MatchExplanation e)
    {
        json.WriteStartObject("explanation");
        ExplanationJson.WriteProperties(json, e);
        json.WriteEndObject();
    }

    private static double Round(double v) => Math.Round(v, 4, MidpointRounding.AwayFromZero);

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
