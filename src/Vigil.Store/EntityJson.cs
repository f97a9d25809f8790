using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Core.Model;

namespace Vigil.Store;

/// <summary>
/// How entities and parse warnings are written as JSON in the store: snake_case names, enums as snake_case strings,
/// partial dates as <c>"YYYY[-MM[-DD]]"</c>, nulls omitted. Source-generated, no reflection.
/// </summary>
/// <remarks>
/// Properties computed from others (<c>Entity.Name</c>, <c>Entity.Ref</c>, <c>Identifier.Canonical</c>,
/// <c>BirthDate.Years</c>) are left out: they are read-only, so reading could not restore them anyway.
/// The output is deterministic, so equal entities give equal bytes and equal content hashes.
/// </remarks>
public static partial class EntityJson
{
    // Relaxed escaping keeps '&', quotes' neighbours and non-Latin names readable ("IMPORT & EXPORT", Arabic script)
    // instead of \u0026 and \u0623; the JSON is never embedded in HTML unencoded.
    private static readonly Context Compact = new(new JsonSerializerOptions(Context.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static readonly Context Indented = new(new JsonSerializerOptions(Context.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    });

    /// <summary>The entity as UTF-8 JSON, compact, as stored.</summary>
    public static byte[] SerializeToUtf8(Entity entity) => JsonSerializer.SerializeToUtf8Bytes(entity, Compact.Entity);

    /// <summary>The entity as JSON text; <paramref name="indented"/> for people.</summary>
    public static string Serialize(Entity entity, bool indented = false) =>
        JsonSerializer.Serialize(entity, indented ? Indented.Entity : Compact.Entity);

    /// <summary>Reads an entity written by <see cref="Serialize"/>.</summary>
    public static Entity Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, Context.Default.Entity) ?? throw new JsonException("entity JSON is null");

    /// <inheritdoc cref="Deserialize(ReadOnlySpan{byte})"/>
    public static Entity Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Context.Default.Entity) ?? throw new JsonException("entity JSON is null");

    internal static string SerializeWarnings(IEnumerable<ParseWarning> warnings) =>
        JsonSerializer.Serialize(warnings.ToArray(), Context.Default.ParseWarningArray);

    internal static IReadOnlyList<ParseWarning> DeserializeWarnings(string json) =>
        JsonSerializer.Deserialize(json, Context.Default.ParseWarningArray) ?? [];

    // IgnoreReadOnlyProperties drops exactly the computed properties: the model's data properties all have
    // init accessors (records and required members), the derived ones (Name, Ref, Canonical, Years) have none.
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        IgnoreReadOnlyProperties = true,
        Converters = [typeof(PartialDateJsonConverter), typeof(SnakeCaseEnum<EntityKind>), typeof(SnakeCaseEnum<NameRole>), typeof(SnakeCaseEnum<IdentifierKind>)])]
    [JsonSerializable(typeof(Entity))]
    [JsonSerializable(typeof(ParseWarning[]))]
    internal sealed partial class Context : JsonSerializerContext;

    /// <summary>Enums as snake_case strings (<c>person</c>, <c>weak_alias</c>, <c>national_id</c>), the words the CLI contract uses.</summary>
    internal sealed class SnakeCaseEnum<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
        where TEnum : struct, Enum;
}
