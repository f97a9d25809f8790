using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Core.Model;

namespace Vigil.Store;

/// <summary>Writes a <see cref="PartialDate"/> as <c>"1962"</c>, <c>"1962-11"</c> or <c>"1962-11-23"</c>, keeping its precision.</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"a partial date must be a string, not {reader.TokenType}");
        var text = reader.GetString()!;
        return PartialDate.TryParse(text, out var date)
            ? date
            : throw new JsonException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
