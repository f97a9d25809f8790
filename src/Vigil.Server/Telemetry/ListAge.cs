using Vigil.Core.Lists;

namespace Vigil.Server.Telemetry;

/// <summary>How old one active list version is, and whether that is older than its limit.</summary>
/// <param name="Source">The source (<c>ofac-sdn</c>).</param>
/// <param name="Version">The version's number within its source.</param>
/// <param name="Since">The publication date the files carry (midnight UTC) or, when they carry none, the load time.</param>
/// <param name="AgeSeconds">Seconds from <paramref name="Since"/> to now.</param>
/// <param name="MaxAgeHours">The configured limit; null when none.</param>
/// <param name="Stale">Older than the limit.</param>
public sealed record ListAge(string Source, int Version, DateTimeOffset Since, double AgeSeconds, double? MaxAgeHours, bool Stale)
{
    /// <summary>The age of every version in <paramref name="versions"/> at <paramref name="now"/>.</summary>
    public static IReadOnlyList<ListAge> Of(IReadOnlyList<ListVersion> versions, ListAgeLimits limits, DateTimeOffset now)
    {
        var ages = new List<ListAge>(versions.Count);
        foreach (var v in versions)
        {
            // A publisher's date says how current the content is; a re-load of an old file does not make it fresh.
            var since = v.PublishedOn is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : v.LoadedAt;
            var age = Math.Max(0, (now - since).TotalSeconds);
            var limit = limits.For(v.Source);
            ages.Add(new ListAge(v.Source, v.Number, since, age, limit?.TotalHours, limit is { } l && age > l.TotalSeconds));
        }
        return ages;
    }
}
