using Vigil.Core.Index;
using Vigil.Core.Screening;

namespace Vigil.Core.Matching;

/// <summary>One signal of the match: compares one attribute of the query with the listed entity.</summary>
public interface IMatchFeature
{
    /// <summary>Short name used in explanations and <c>docs/scoring.md</c>.</summary>
    string Name { get; }

    /// <summary>One sentence saying what the feature does.</summary>
    string Description { get; }

    /// <summary>
    /// The feature's effect given the name score so far; <see cref="FeatureScore.Effect"/> is added to the score
    /// (or, for a multiplicative feature, the new score is returned in <paramref name="score"/>). Returns false when the
    /// feature has nothing to compare. The compared values are filled in only when <paramref name="explain"/> is set, so
    /// the scoring loop allocates nothing.
    /// </summary>
    bool Apply(PreparedQuery query, PreparedEntity entity, ScoringProfile profile, double nameScore, bool explain, ref double score, out FeatureScore result);
}
