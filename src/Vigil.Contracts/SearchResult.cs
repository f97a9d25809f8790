using Vigil.Core.Screening;

namespace Vigil.Contracts;

/// <summary>The hits for one query, best first: what <c>vigil search --json</c> prints and <c>GET /api/v1/search</c> answers.</summary>
/// <param name="Query">The name searched for, as given (trimmed).</param>
/// <param name="ListVersions">The list versions searched (<c>ofac-sdn:3,un:4</c>).</param>
/// <param name="Warning">What was removed from the name before matching (bidi controls, zero-width characters); absent
/// otherwise. Added after the first release; optional.</param>
public sealed record SearchResult(string Query, string ListVersions, IReadOnlyList<Hit> Matches, string? Warning = null)
{
    /// <summary>The wire shape of one search, with the warning about its name when there is one.</summary>
    public static SearchResult From(ScreeningQuery query, string listVersions, IReadOnlyList<ScreeningHit> hits, string? warning = null) =>
        new(query.Name, listVersions, Hits(hits), warning);

    /// <summary>Each hit in its wire shape, in order.</summary>
    public static Hit[] Hits(IReadOnlyList<ScreeningHit> hits)
    {
        var result = new Hit[hits.Count];
        for (var i = 0; i < result.Length; i++) result[i] = Hit.From(hits[i]);
        return result;
    }
}
