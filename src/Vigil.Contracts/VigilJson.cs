using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Vigil.Contracts;

/// <summary>Writes the wire shapes as the CLI, stored alerts and webhooks do: <see cref="VigilJsonContext"/> with every script
/// left unescaped (the server uses the same context with its HTML-safe encoder; the parsed documents are equal).</summary>
public static class VigilJson
{
    /// <summary>The context with relaxed escaping, one line per document.</summary>
    public static VigilJsonContext Compact { get; } = new(Options(indented: false));

    /// <summary>The context with relaxed escaping, indented for documents a person reads (<c>entity --json</c>, <c>lists diff --json</c>).</summary>
    public static VigilJsonContext Indented { get; } = new(Options(indented: true));

    /// <summary>An explanation as alerts store it (<c>{}</c> when there is none).</summary>
    public static string Explanation(HitExplanation? explanation) =>
        explanation is null ? "{}" : JsonSerializer.Serialize(explanation, Compact.HitExplanation);

    /// <summary>A webhook event body.</summary>
    public static string Event(AlertEvent alertEvent) => JsonSerializer.Serialize(alertEvent, Compact.AlertEvent);

    /// <summary>The context's settings (<see cref="VigilJsonContext.Default"/>) with relaxed escaping.</summary>
    private static JsonSerializerOptions Options(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
    };

    /// <summary>Writes <paramref name="value"/> to <paramref name="stream"/> followed by a newline (one JSON line).</summary>
    public static void WriteLine<T>(Stream stream, T value, JsonTypeInfo<T> type)
    {
        JsonSerializer.Serialize(stream, value, type);
        stream.WriteByte((byte)'\n');
    }
}
