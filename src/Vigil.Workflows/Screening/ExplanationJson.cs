using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Core.Matching;

namespace Vigil.Workflows.Screening;

/// <summary>
/// A hit's explanation as JSON: the one shape <c>vigil search/screen --explain</c> write and alerts store
/// (<c>matched_name</c>, <c>name_role</c>, aligned <c>words</c>, <c>features</c>; numbers to 4 decimals).
/// </summary>
public static class ExplanationJson
{
    /// <summary>The explanation as a JSON object (<c>{}</c> when there is none).</summary>
    public static string Write(MatchExplanation? e)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            if (e is not null) WriteProperties(json, e);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the explanation's properties into the object <paramref name="json"/> has open.</summary>
    public static void WriteProperties(Utf8JsonWriter json, MatchExplanation e)
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

    private static double Round(double v) => Math.Round(v, 4, MidpointRounding.AwayFromZero);
}
