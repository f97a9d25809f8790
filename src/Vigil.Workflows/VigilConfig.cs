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
///   "profile": "profiles/tuned.json",
///   "alerts": { "four_eyes": true },
///   "audit": { "screening_retention_days": 1825, "store_screening_input": false },
///   "database": "postgresql://vigil:secret@db.example.org:5432/vigil?sslmode=require"
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

    /// <summary>Four-eyes review (<c>alerts.four_eyes</c>, default off): closing an alert as true match or false positive
    /// records a proposal that a second reviewer must approve.</summary>
    public bool FourEyes { get; init; }

    /// <summary>Screening records older than this many days are deleted (<c>audit.screening_retention_days</c>); null
    /// (the default): kept for ever. The audit entries that seal them are never deleted.</summary>
    public int? ScreeningRetentionDays { get; init; }

    /// <summary>Keep each screening's canonical input in its record, not only its hash (<c>audit.store_screening_input</c>,
    /// default off: the record then holds no personal data beyond the caller's record id).</summary>
    public bool StoreScreeningInput { get; init; }

    /// <summary>The PostgreSQL database (<c>database</c>: <c>postgresql://user:password@host:port/db</c>) the store uses
    /// instead of <c>vigil.db</c>; <c>VIGIL_DB</c> overrides it. Null: SQLite.</summary>
    public string? Database { get; init; }

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
            if (root.TryGetProperty("alerts", out var alerts) && alerts.TryGetProperty("four_eyes", out var fourEyes))
                config = config with { FourEyes = fourEyes.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? fourEyes.GetBoolean() : throw new VigilException($"{path}: alerts.four_eyes: {fourEyes.GetRawText()} is not true or false") };
            if (root.TryGetProperty("audit", out var audit))
            {
                if (audit.TryGetProperty("screening_retention_days", out var days))
                    config = config with { ScreeningRetentionDays = days.ValueKind == JsonValueKind.Number && days.TryGetInt32(out var d) && d > 0
                        ? d : throw new VigilException($"{path}: audit.screening_retention_days: {days.GetRawText()} is not a whole number of days above 0") };
                if (audit.TryGetProperty("store_screening_input", out var keep))
                    config = config with { StoreScreeningInput = keep.ValueKind is JsonValueKind.True or JsonValueKind.False
                        ? keep.GetBoolean() : throw new VigilException($"{path}: audit.store_screening_input: {keep.GetRawText()} is not true or false") };
            }
            var hooks = new List<WebhookConfig>();
            if (root.TryGetProperty("database", out var database))
                config = config with
                {
                    Database = database.ValueKind == JsonValueKind.String && database.GetString() is { Length: > 0 } db
                        ? db : throw new VigilException($"{path}: database: {database.GetRawText()} is not a postgresql:// URL"),
                };
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
