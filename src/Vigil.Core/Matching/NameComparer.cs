using Vigil.Core.Index;
using Vigil.Core.Model;
using Vigil.Core.Screening;

namespace Vigil.Core.Matching;

/// <summary>Scores two names against each other, without the lists: the matcher's one scoring path over a one-name index.</summary>
/// <remarks>Without the lists there is no rarity to weigh words by, so every word weighs the same (classes still apply).
/// Each name is scored once as the query and once as the listed name; the kinder direction counts twice:
/// <c>(k·max + min) / (k + 1)</c> with k = <see cref="ScoringProfile.CompareKinderWeight"/> (2). A list usually holds the fuller name, so the direction that treats the longer name as
/// listed (whose extra words cost <see cref="ScoringProfile.UnmatchedListWordFactor"/>) is the one screening sees; the
/// other keeps a single shared word (<c>Vladimir</c> / <c>Vladimir Putin</c>) below the threshold. Symmetric:
/// <c>Compare(a, b) == Compare(b, a)</c>.</remarks>
public static class NameComparer
{
    /// <summary>Similarity of two names in [0, 1], scored by <paramref name="profile"/> (null: <see cref="ScoringProfile.Default"/>).</summary>
    public static double Compare(string a, string b, EntityKind kind = EntityKind.Unknown, ScoringProfile? profile = null)
    {
        var (ab, ba) = (OneWay(a, b, kind, profile), OneWay(b, a, kind, profile));
        var kinder = (profile ?? ScoringProfile.Default).CompareKinderWeight;
        return (kinder * Math.Max(ab, ba) + Math.Min(ab, ba)) / (kinder + 1);
    }

    private static double OneWay(string query, string listed, EntityKind kind, ScoringProfile? profile)
    {
        var entity = new Entity { Source = "compare", SourceId = "1", Kind = kind, Names = [new EntityName(listed)] };
        var screener = new Screener(ScreeningIndex.Build([entity], profile));
        var hits = screener.Search(new ScreeningQuery(query, kind), new SearchOptions(Top: 1, MinScore: 0, Exhaustive: true));
        return hits.Count == 0 ? 0 : hits[0].Score;
    }
}
