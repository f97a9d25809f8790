using Vigil.Contracts;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Workflows.Screening;

namespace Vigil.Server.Endpoints.Yente;

/// <summary>The settings of one <c>/match</c> call that apply to every query of its batch.</summary>
/// <param name="Limit">Results per query.</param>
/// <param name="Threshold">A result at or above it is a match (and is counted in <c>total</c>).</param>
/// <param name="Cutoff">Results at or below it are dropped (never above <paramref name="Threshold"/>).</param>
/// <param name="NameOnly">Screen names only (the <c>name-based</c> algorithm).</param>
/// <param name="Sources">The sources in scope (datasets after include/exclude).</param>
/// <param name="ExcludeIds">Entity ids no query may return.</param>
/// <param name="ChangedSince">Only entities the list changed on or after this date.</param>
internal sealed record YenteMatchSettings(
    int Limit, double Threshold, double Cutoff, bool NameOnly, IReadOnlySet<string> Sources, IReadOnlySet<string> ExcludeIds, DateOnly? ChangedSince);

/// <summary>Runs the queries of one <c>/match</c> example through the screener and shapes the results as yente does.
/// No scoring of its own: each score is the screener's, as <c>/api/v1/search</c> returns it for the same query.</summary>
internal static class YenteMatcher
{
    /// <summary>Most matches counted for <c>total</c> (yente also counts only among a bounded set of candidates).</summary>
    public const int MaxCounted = 500;

    /// <summary>Matches one example: every Vigil query it makes, merged by entity (best score), best first, cut to the limit.</summary>
    public static YenteMatches Match(IndexSnapshot snapshot, YenteExample example, IReadOnlyList<ScreeningQuery> queries, YenteMatchSettings settings)
    {
        var filter = Filter(snapshot, settings, example.ExcludeEntityIds);
        var screener = snapshot.Screener;
        var top = Math.Max(1, settings.Limit);
        var hits = Merge(queries.Select(q => screener.Search(q, new SearchOptions(top, settings.Cutoff, Explain: true, EntityFilter: filter))).ToList());
        hits.RemoveAll(h => h.Score <= settings.Cutoff);
        if (hits.Count > settings.Limit) hits.RemoveRange(settings.Limit, hits.Count - settings.Limit);

        var matches = hits.Count(h => h.Score >= settings.Threshold);
        var relation = "eq";
        if (queries.Count > 0 && matches == hits.Count && hits.Count >= settings.Limit)
        {
            // Every result shown is a match, so there may be more: count them (scores only, no explanations).
            var all = Merge(queries.Select(q => screener.Search(q, new SearchOptions(MaxCounted, settings.Threshold, EntityFilter: filter))).ToList());
            // As in yente, a score at the cutoff is dropped before it is counted (cutoff never exceeds the threshold).
            matches = Math.Min(all.Count(h => h.Score > settings.Cutoff), MaxCounted);
            if (all.Count >= MaxCounted) relation = "gte";
        }

        var versions = snapshot.Versions.ToDictionary(v => v.Source, StringComparer.Ordinal);
        var results = new List<YenteScoredEntity>(hits.Count);
        foreach (var hit in hits)
        {
            var e = FtmEntity.From(hit.Entity, versions.GetValueOrDefault(hit.Entity.Source), YenteEndpoints.PartyOf(snapshot, hit.Entity));
            var explanations = new Dictionary<string, YenteFeature>(StringComparer.Ordinal);
            var features = new Dictionary<string, double>(StringComparer.Ordinal);
            if (hit.Explanation is { } x)
            {
                foreach (var f in x.Features)
                {
                    var effect = Wire.Round(f.Effect);
                    explanations[f.Feature] = new YenteFeature(effect, f.Detail, f.QueryValue, f.Feature == "name" ? x.MatchedName : f.ListedValue);
                    features[f.Feature] = effect;
                }
            }
            results.Add(new YenteScoredEntity(e.Id, e.Caption, e.Schema, e.Properties, e.Datasets, e.Referents, e.Target,
                e.FirstSeen, e.LastSeen, e.LastChange, Wire.Round(hit.Score), hit.Score >= settings.Threshold, explanations, features));
        }
        return new YenteMatches(200, results, new YenteTotal(matches, relation), new YenteQueryEcho(example.Id, example.Schema, example.Properties));
    }

    /// <summary>Which entities a query may return, or null for all (the fast path: no per-candidate check).</summary>
    public static Func<Entity, bool>? Filter(IndexSnapshot snapshot, YenteMatchSettings settings, IReadOnlyList<string> moreExcluded)
    {
        var allSources = snapshot.Versions.Count == settings.Sources.Count;
        HashSet<string>? excluded = null;
        if (settings.ExcludeIds.Count > 0 || moreExcluded.Count > 0)
        {
            excluded = new HashSet<string>(settings.ExcludeIds, StringComparer.Ordinal);
            excluded.UnionWith(moreExcluded);
        }
        if (allSources && excluded is null && settings.ChangedSince is null) return null;
        var sources = settings.Sources;
        var since = settings.ChangedSince;
        return e =>
            (allSources || sources.Contains(e.Source))
            && (excluded is null || !excluded.Contains(e.Ref.ToString()))
            && (since is null || FtmEntity.LastChangeOf(e) is { } changed && changed >= since);
    }

    /// <summary>The hits of one or more searches, one per entity (its best score), best first; ties by source id as the
    /// screener orders them, so a single search keeps its own order.</summary>
    private static List<ScreeningHit> Merge(List<IReadOnlyList<ScreeningHit>> searches)
    {
        if (searches.Count == 1) return [.. searches[0]];
        var best = new Dictionary<Entity, ScreeningHit>(ReferenceEqualityComparer.Instance);
        foreach (var hits in searches)
            foreach (var hit in hits)
                if (!best.TryGetValue(hit.Entity, out var seen) || hit.Score > seen.Score) best[hit.Entity] = hit;
        var merged = best.Values.ToList();
        merged.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Entity.SourceId, b.Entity.SourceId));
        return merged;
    }
}
