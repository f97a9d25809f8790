using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vigil.Store;

/// <summary>Small flat JSON objects for audit details and events, written without reflection.</summary>
public static class DetailJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// An object of the given fields in order. Values: string, integers, double, bool, null, a sequence of strings, or
    /// <see cref="Raw"/> for JSON written elsewhere.
    /// </summary>
    public static string Of(params (string Key, object? Value)[] fields)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            foreach (var (key, value) in fields)
            {
                json.WritePropertyName(key);
                Write(json, value);
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A JSON array of strings.</summary>
    public static string Array(IEnumerable<string> values)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, Options)) Write(json, values);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads a JSON array of strings.</summary>
    public static List<string> ReadArray(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => e.GetString() ?? "")];
    }

    /// <summary>JSON text to embed as is.</summary>
    public sealed record Raw(string Json);

    private static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case double d: json.WriteNumberValue(d); break;
            case Raw raw: json.WriteRawValue(raw.Json); break;
            case DateTimeOffset t: json.WriteStringValue(StoreText.Instant(t)); break;
            case IEnumerable<string> list:
                json.WriteStartArray();
                foreach (var item in list) json.WriteStringValue(item);
                json.WriteEndArray();
                break;
            default: json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }
}
