namespace Vigil.Server.Contracts;

/// <summary>The readiness answer: the versions the index holds, its size and when it was built.</summary>
/// <param name="Status"><c>ready</c>, or <c>degraded</c> when a source's active version is older than its configured limit
/// (still 200: the index screens; docs/operations.md).</param>
/// <param name="Lists">Each active version's age and limit (<c>lists.max_age_hours</c>).</param>
/// <param name="Stale">The sources older than their limit, named; empty when none.</param>
public sealed record ReadyResponse(string Status, string ListVersions, int Entities, int Names, DateTimeOffset BuiltAt,
    IReadOnlyList<Telemetry.ListAge>? Lists = null, IReadOnlyList<string>? Stale = null);
