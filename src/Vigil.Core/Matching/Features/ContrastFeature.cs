using Vigil.Core.Index;
using Vigil.Core.Screening;

namespace Vigil.Core.Matching.Features;

/// <summary>Contrast words: organisation names that differ in a word that tells siblings apart (North / South, Exports /
/// Imports, Bank / Insurance; <c>Text/Data/contrast_words.tsv</c>) name different parties.</summary>
internal sealed class ContrastFeature : IMatchFeature
{
    public static ContrastFeature Instance { get; } = new();

    public string Name => "contrast";

    public string Description => "Words that tell sibling organisations apart (compass points, import/export, upper/lower, sectors such as bank/insurance) in the query name against the listed names: a group both use with no word in common lowers the score.";

    public bool Apply(PreparedQuery query, PreparedEntity entity, ScoringProfile profile, double nameScore, bool explain, ref double score, out FeatureScore result)
    {
        result = default;
        var conflicts = NameMarks.Conflicts(query.Marks, entity.Marks, numbers: false);
        if (conflicts == 0) return false;
        score -= profile.ContrastConflictPenalty;
        result = new FeatureScore(Name, -profile.ContrastConflictPenalty,
            explain ? NameMarks.Describe(query.Marks, conflicts) : null, explain ? NameMarks.Describe(entity.Marks, conflicts) : null, "differ");
        return true;
    }
}
