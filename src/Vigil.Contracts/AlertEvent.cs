using System.Text.Json.Serialization;

namespace Vigil.Contracts;

/// <summary>The body of a webhook POST: an alert raised or re-opened.</summary>
/// <param name="Event"><c>alert.raised</c> or <c>alert.reopened</c>.</param>
/// <param name="Profile">The scoring profile (<c>name@version</c>) that scored it.</param>
/// <param name="Reason">Why it re-opened; null for a raised alert.</param>
public sealed record AlertEvent(
    string Event, long AlertId, string CustomerId, string Source, string SourceId, double Score, string MatchedName, long ListVersionId,
    string EngineVersion, string Profile, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Reason, DateTimeOffset At);
