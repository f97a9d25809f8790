using Vigil.Core.Alerts;

namespace Vigil.Contracts;

/// <summary>An alert: the customer, the listed entry (source, source_id) and its matched name, the score, the state, and the
/// list version, engine version, scoring profile and job that raised it. A line of <c>vigil alerts --json</c>, an item of <c>GET /api/v1/alerts</c>.</summary>
/// <param name="State">open, true_match, false_positive, escalated or closed.</param>
/// <param name="Profile">The scoring profile (<c>name@version</c>) that scored it.</param>
/// <param name="ClosedReason">Why vigil closed it (e.g. the entry left the list); only for closed alerts.</param>
/// <param name="Party">The party (<c>P-</c> and 10 hex digits) of the listings it names: one alert per customer and party.</param>
/// <param name="Listings">Every listing of the party the customer matched (<c>source:id</c>, best first; <c>source</c>,
/// <c>source_id</c> is the first): the lists the party is on.</param>
public sealed record Alert(
    long Id, string State, string CustomerId, string CustomerName, string Source, string SourceId, string MatchedName, double Score,
    long ListVersionId, string EngineVersion, string Profile, long JobId, DateTimeOffset RaisedAt, DateTimeOffset UpdatedAt, string? ClosedReason,
    string? Party = null, IReadOnlyList<string>? Listings = null)
{
    /// <summary>The wire shape of a stored alert.</summary>
    public static Alert From(AlertRecord a) => new(
        a.Id, Wire.Name(a.State), a.CustomerId, a.CustomerName, a.Source, a.SourceId, a.MatchedName, Wire.Round(a.Score),
        a.ListVersionId, a.EngineVersion, a.Profile, a.JobId, a.RaisedAt, a.UpdatedAt, a.ClosedReason,
        a.Party, a.Listings is { Count: > 0 } listings ? listings : [a.Source + ":" + a.SourceId]);
}
