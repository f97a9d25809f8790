using Vigil.Core.Alerts;

namespace Vigil.Server.Contracts;

/// <summary>An alert: the customer, the listed entry (source, source_id) and its matched name, the score, the state, and
/// the list version and engine version that raised it.</summary>
/// <param name="State">open, true-match, false-positive, escalated or closed.</param>
/// <param name="ClosedReason">Why vigil closed it (e.g. the entry left the list); only for closed alerts.</param>
public sealed record AlertDto(
    long Id, string State, string CustomerId, string CustomerName, string Source, string SourceId, string MatchedName, double Score,
    long ListVersionId, string EngineVersion, DateTimeOffset RaisedAt, DateTimeOffset UpdatedAt, string? ClosedReason)
{
    public static AlertDto From(AlertRecord a) => new(
        a.Id, Display(a.State), a.CustomerId, a.CustomerName, a.Source, a.SourceId, a.MatchedName, HitDto.Round(a.Score),
        a.ListVersionId, a.EngineVersion, a.RaisedAt, a.UpdatedAt, a.ClosedReason);

    /// <summary><c>false_positive</c> (as stored) → <c>false-positive</c> (as the CLI and the API write it).</summary>
    internal static string Display(string state) => state.Replace('_', '-');
}
