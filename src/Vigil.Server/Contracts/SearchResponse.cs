namespace Vigil.Server.Contracts;

/// <summary>The hits for one query, best first, and the list versions searched (<c>ofac-sdn:3,un:4</c>).</summary>
public sealed record SearchResponse(string ListVersions, IReadOnlyList<HitDto> Matches);
