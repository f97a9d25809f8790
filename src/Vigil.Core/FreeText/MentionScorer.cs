using Vigil.Core.Index;
using Vigil.Core.Matching;
using Vigil.Core.Screening;

namespace Vigil.Core.FreeText;

/// <summary>
/// Scores some words of a text against one entity with the matcher's own code: every query word compared with every word
/// of the entity's names (<see cref="TokenSimilarity"/>), names aligned by <see cref="NameAlignment"/>, features by
/// <see cref="Matcher.Combine"/>. This is what <see cref="Screener"/> computes for that entity, without the index lookups.
/// </summary>
internal static class MentionScorer
{
    /// <summary>The entity's score for the query and the name that gave it; <paramref name="similarity"/> is
    /// <see cref="TokenSimilarity.Score"/>, possibly remembered across calls.</summary>
    public static double Score(ScreeningIndex index, PreparedQuery query, int entity, Func<QueryUnit, int, float> similarity, out int bestName, out double nameScore)
    {
        var names = index.Names;
        var profile = index.Profile;
        var units = query.Units;
        float Sim(int u, int w) => similarity(units[u], w);
        bestName = -1;
        nameScore = 0;
        var first = names.FirstNameOf(entity);
        for (var n = first; n < first + names.NameCountOf(entity); n++)
        {
            var s = NameAlignment.Score(query, n, index, Sim, null);
            if (s > nameScore || bestName < 0) { nameScore = s; bestName = n; }
        }
        return bestName < 0 ? 0 : Matcher.Combine(query, index.Entities[entity], profile, nameScore, null);
    }

    /// <summary>The full explanation of the query against one name of the entity.</summary>
    public static MatchExplanation Explain(ScreeningIndex index, PreparedQuery query, int entity, int name)
    {
        var vocabulary = index.Vocabulary;
        var profile = index.Profile;
        var units = query.Units;
        float Sim(int u, int w) => TokenSimilarity.Score(units[u], w, vocabulary, profile);
        var words = new List<AlignedWord>();
        var nameScore = NameAlignment.Score(query, name, index, Sim, words);
        var features = new List<FeatureScore>();
        Matcher.Combine(query, index.Entities[entity], profile, nameScore, features);
        return new MatchExplanation(index.Names.FullOf(name), index.Names.RoleOf(name).ToString(), words, features);
    }
}
