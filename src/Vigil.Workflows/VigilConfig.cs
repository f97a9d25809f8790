using System.Text.Json;

namespace Vigil.Workflows;

/// <summary>
/// Optional settings in <c>$VIGIL_HOME/vigil.json</c>: where each source is downloaded from, sync limits, webhooks.
/// A missing file means the defaults; a malformed one is an error naming the field.
/// </summary>
/// <example>
/// <code>
/// {
///   "sources": { "ofac-sdn": { "url": "https://www.treasury.gov/ofac/downloads/" }, "un": { "url": "https://..." } },
///   "sync": { "timeout_seconds": 100, "retries": 3, "retry_delay_seconds": 2, "max_mb": 200 },
///   "lists": { "max_removed_percent": 5 },
///   "webhooks": [ { "url": "https://hooks.example.com/vigil", "secret": "..." } ],
///   "profile": "profiles/tuned.json"
/// }
/// </code>
/// </example>
public sealed record VigilConfig(
    IReadOnlyDictionary<string, string> SourceUrls,
    TimeSpan Timeout,
    int Retries,
    TimeSpan RetryDelay,
    long MaxBytes,
    IReadOnlyList<WebhookConfig> Webhooks)
{
    public const string FileName = "vigil.json";

    /// <summary>The scoring profile file the CLI and the server use (relative to the home), or null for the shipped
    /// profile; see <see cref="Screening.ProfileFile"/>.</summary>
    public string? ProfilePath { get; init; }

    /// <summary>The share of the active version's entries (percent) a new list version may remove before it is held for an
    /// operator (<c>lists.max_removed_percent</c>; see <see cref="Store.ActivationRule"/>).</summary>
    public double MaxRemovedPercent { get; init; } = Store.ActivationRule.DefaultMaxRemovedPercent;

    public static VigilConfig Defaults { get; } = new(new Dictionary<string, string>(), TimeSpan.FromSeconds(100), 3, TimeSpan.FromSeconds(2), 200L << 20, []);

    /// <summary>Reads <c>vigil.json</c> from the home, or the defaults when there is none.</summary>
    public static VigilConfig Load(VigilHome home)
    {
        var path = Path.Combine(home.Directory, FileName);
        if (!File.Exists(path)) return Defaults;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            var urls = new Dictionary<string, string>(StringComparer.Ordinal);
            var config = Defaults;
            if (root.TryGetProperty("sources", out var sources))
            {
                foreach (var source in sources.EnumerateObject())
                    urls[source.Name] = source.Value.GetProperty("url").GetString()
                        ?? throw new VigilException($"{path}: sources.{source.Name}.url: empty");
            }
            if (root.TryGetProperty("sync", out var sync))
            {
                if (sync.TryGetProperty("timeout_seconds", out var t)) config = config with { Timeout = TimeSpan.FromSeconds(t.GetDouble()) };
                if (sync.TryGetProperty("retries", out var r)) config = config with { Retries = r.GetInt32() };
                if (sync.TryGetProperty("retry_delay_seconds", out var d)) config = config with { RetryDelay = TimeSpan.FromSeconds(d.GetDouble()) };
                if (sync.TryGetProperty("max_mb", out var m)) config = config with { MaxBytes = (long)(m.GetDouble() * (1 << 20)) };
            }
            if (root.TryGetProperty("lists", out var lists) && lists.TryGetProperty("max_removed_percent", out var share))
            {
                var percent = share.GetDouble();
                if (!double.IsFinite(percent) || percent is < 0 or > 100)
                    throw new VigilException($"{path}: lists.max_removed_percent: {percent} is not a percentage from 0 to 100");
                config = config with { MaxRemovedPercent = percent };
            }
            var hooks = new List<WebhookConfig>();
            if (root.TryGetProperty("webhooks", out var webhooks))
            {
                var i = 0;
                foreach (var hook in webhooks.EnumerateArray())
                {
                    var url = hook.GetProperty("url").GetString();
                    var secret = hook.TryGetProperty("secret", out var s) ? s.GetString() : null;
                    if (!Uri.TryCreate(url, UriKind.Absolute, out _))
                        throw new VigilException($"{path}: webhooks[{i}].url: '{url}' is not an absolute URL");
                    if (string.IsNullOrEmpty(secret))
                        throw new VigilException($"{path}: webhooks[{i}].secret: empty; events are signed with it");
                    hooks.Add(new WebhookConfig(url!, secret));
                    i++;
                }
            }
            if (root.TryGetProperty(Screening.ProfileFile.ConfigKey, out var profile))
                config = config with { ProfilePath = profile.GetString() is { Length: > 0 } p ? p : throw new VigilException($"{path}: profile: empty") };
            return config with { SourceUrls = urls, Webhooks = hooks };
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new VigilException($"{path}: {ex.Message}", ex);
        }
    }
}

/// <summary>A URL new alerts are POSTed to, and the secret their HMAC-SHA256 signature is made with.</summary>
public sealed record WebhookConfig(string Url, string Secret);
