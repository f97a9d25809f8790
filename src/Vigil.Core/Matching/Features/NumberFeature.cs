using Vigil.Core.Index;
using Vigil.Core.Screening;

namespace Vigil.Core.Matching.Features;

/// <summary>Numbers in names: the query's and the listed names' numbers (in any form: 8, No. 8, VIII, Eighth) that share
/// none name different parties (vessel No. 8 / No. 6, Fund VII / Fund VIII).</summary>
internal sealed class NumberFeature : IMatchFeature
{
    public static NumberFeature Instance { get; } = new();

    public string Name => "number";

    public string Description => "Numbers written in the query name against those in the listed names (digits, words, ordinals and Roman numerals read as digits): none in common lowers the score.";

    public bool Apply(PreparedQuery query, PreparedEntity entity, ScoringProfile profile, double nameScore, bool explain, ref double score, out FeatureScore result)
    {
        result = default;
        var conflicts = NameMarks.Conflicts(query.Marks, entity.Marks, numbers: true);
        if (conflicts == 0) return false;
        score -= profile.NumberConflictPenalty;
        result = new FeatureScore(Name, -profile.NumberConflictPenalty,
            explain ? NameMarks.Describe(query.Marks, conflicts) : null, explain ? NameMarks.Describe(entity.Marks, conflicts) : null, "differ");
        return true;
    }
}
