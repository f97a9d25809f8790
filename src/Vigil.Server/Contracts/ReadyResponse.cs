namespace Vigil.Server.Contracts;

/// <summary>The readiness answer: the versions the index holds, its size and when it was built, and whether it is behind
/// the store's active versions.</summary>
/// <param name="Status"><c>ready</c>; <c>behind</c> when the store's active versions differ from the index's (a new version is
/// being built in, or its build failed: <paramref name="Error"/>); else <c>degraded</c> when a source's active version is older
/// than its configured limit. Both still 200: the index screens (docs/operations.md, docs/deployment.md).</param>
/// <param name="ListVersions">The versions the served index holds (<c>ofac-sdn:3,un:4</c>).</param>
/// <param name="IndexAgeSeconds">Seconds since the served index was built.</param>
/// <param name="StoreListVersions">The store's active versions at the last check; equal to <paramref name="ListVersions"/> when in step.</param>
/// <param name="CheckedAt">When the store was last read.</param>
/// <param name="BehindSeconds">How long the served index has differed from the store's active versions; 0 when in step.</param>
/// <param name="Error">The last failure to read the store or build the index, while it lasts.</param>
/// <param name="Lists">Each active version's age and limit (<c>lists.max_age_hours</c>).</param>
/// <param name="Stale">The sources older than their limit, named; empty when none.</param>
public sealed record ReadyResponse(string Status, string ListVersions, int Entities, int Names, DateTimeOffset BuiltAt,
    IReadOnlyList<Telemetry.ListAge>? Lists = null, IReadOnlyList<string>? Stale = null,
    double IndexAgeSeconds = 0, string? StoreListVersions = null, DateTimeOffset? CheckedAt = null, double BehindSeconds = 0, string? Error = null);
