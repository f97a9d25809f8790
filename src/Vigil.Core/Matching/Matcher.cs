using Vigil.Core.Index;
using Vigil.Core.Matching.Features;
using Vigil.Core.Screening;

namespace Vigil.Core.Matching;

/// <summary>
/// The one scoring path: the name score, then each attribute feature in table order, clamped to [0, 1].
/// </summary>
public static class Matcher
{
    /// <summary>The features after the name, in the order they apply (the kind factor last, so it caps what the others added).</summary>
    public static IReadOnlyList<IMatchFeature> Features { get; } =
    [
        NumberFeature.Instance,
        ContrastFeature.Instance,
        LineageFeature.Instance,
        BirthDateFeature.Instance,
        CountryFeature.Instance,
        IdentifierFeature.Instance,
        KindFeature.Instance,
    ];

    /// <summary>Combines a name score with the attribute features; fills <paramref name="explain"/> when given.</summary>
    public static double Combine(PreparedQuery query, PreparedEntity entity, ScoringProfile profile, double nameScore, List<FeatureScore>? explain)
    {
        var score = nameScore;
        explain?.Add(new FeatureScore("name", nameScore, query.Query.Name, null, "name similarity"));
        foreach (var feature in Features)
            if (feature.Apply(query, entity, profile, nameScore, explain is not null, ref score, out var result))
                explain?.Add(result);
        return Math.Clamp(score, 0, 1);
    }
}
