using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Core.Matching;

namespace Vigil.Workflows.Customers;

/// <summary>An alert's explanation as stored: the same shape as <c>vigil search --explain</c> writes.</summary>
internal static class ExplanationJson
{
    public static string Write(MatchExplanation? e)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            if (e is not null)
            {
                json.WriteString("matched_name", e.MatchedName);
                json.WriteString("name_role", e.NameRole);
                json.WriteStartArray("words");
                foreach (var w in e.Words)
                {
                    json.WriteStartObject();
                    if (w.Query is null) json.WriteNull("query"); else json.WriteString("query", w.Query);
                    if (w.Listed is null) json.WriteNull("listed"); else json.WriteString("listed", w.Listed);
                    json.WriteNumber("similarity", Round(w.Similarity));
                    json.WriteNumber("weight", Round(w.Weight));
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("features");
                foreach (var f in e.Features)
                {
                    json.WriteStartObject();
                    json.WriteString("feature", f.Feature);
                    json.WriteNumber("effect", Round(f.Effect));
                    if (f.QueryValue is not null) json.WriteString("query", f.QueryValue);
                    if (f.ListedValue is not null) json.WriteString("listed", f.ListedValue);
                    json.WriteString("detail", f.Detail);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static double Round(double v) => Math.Round(v, 4, MidpointRounding.AwayFromZero);
}
