using System.Text.Json;
using Vigil.Workflows;

namespace Vigil.Server.Telemetry;

/// <summary>How old a source's active version may be before <c>/readyz</c> reports the server degraded:
/// <c>lists.max_age_hours</c> in <c>vigil.json</c> (all sources) and <c>lists.max_age_hours_by_source</c> (per source).</summary>
/// <example><c>"lists": { "max_age_hours": 48, "max_age_hours_by_source": { "un": 168 } }</c></example>
/// <param name="Default">The limit for every source without its own; null: no limit.</param>
/// <param name="BySource">Per-source limits, overriding <paramref name="Default"/>.</param>
public sealed record ListAgeLimits(TimeSpan? Default, IReadOnlyDictionary<string, TimeSpan> BySource)
{
    /// <summary>No limit: no source ever makes the server degraded.</summary>
    public static ListAgeLimits None { get; } = new(null, new Dictionary<string, TimeSpan>());

    /// <summary>The limit for <paramref name="source"/>, or null when it has none.</summary>
    public TimeSpan? For(string source) => BySource.TryGetValue(source, out var limit) ? limit : Default;

    /// <summary>Reads the limits from the home's <c>vigil.json</c>; none when the file or the keys are missing.</summary>
    /// <exception cref="VigilException">A limit is not a positive number of hours (the message names the file and key).</exception>
    public static ListAgeLimits Load(VigilHome home)
    {
        var path = Path.Combine(home.Directory, VigilConfig.FileName);
        if (!File.Exists(path)) return None;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!document.RootElement.TryGetProperty("lists", out var lists) || lists.ValueKind != JsonValueKind.Object) return None;
            TimeSpan? all = lists.TryGetProperty("max_age_hours", out var hours) ? Hours(path, "lists.max_age_hours", hours) : null;
            var bySource = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
            if (lists.TryGetProperty("max_age_hours_by_source", out var sources))
            {
                if (sources.ValueKind != JsonValueKind.Object)
                    throw new VigilException($"{path}: lists.max_age_hours_by_source: expected an object of source → hours");
                foreach (var source in sources.EnumerateObject())
                    bySource[source.Name] = Hours(path, $"lists.max_age_hours_by_source.{source.Name}", source.Value);
            }
            return new ListAgeLimits(all, bySource);
        }
        catch (JsonException ex)
        {
            throw new VigilException($"{path}: line {ex.LineNumber + 1}: not valid JSON: {ex.Message}", ex);
        }
    }

    private static TimeSpan Hours(string path, string key, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var hours) || !double.IsFinite(hours) || hours <= 0)
            throw new VigilException($"{path}: {key}: {value.GetRawText()} is not a positive number of hours");
        return TimeSpan.FromHours(hours);
    }
}
