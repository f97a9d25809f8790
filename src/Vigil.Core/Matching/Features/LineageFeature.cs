using Vigil.Core.Index;
using Vigil.Core.Screening;

namespace Vigil.Core.Matching.Features;

/// <summary>Patronymic chains keep their order: <c>SALMAN BIN MUHAMMAD</c> is the son of Muhammad, not
/// <c>MUHAMMAD BIN SALMAN</c>, though both have the same words.</summary>
internal sealed class LineageFeature : IMatchFeature
{
    public static LineageFeature Instance { get; } = new();

    public string Name => "lineage";

    public string Description => "Person names with bin/ibn/bint/ben/ould: a query naming child and parent the other way round from every listed name lowers the score.";

    public bool Apply(PreparedQuery query, PreparedEntity entity, ScoringProfile profile, double nameScore, bool explain, ref double score, out FeatureScore result)
    {
        result = default;
        if (!NameMarks.LineageReversed(query.Marks, entity.Marks, out var listed)) return false;
        score -= profile.LineageConflictPenalty;
        result = new FeatureScore(Name, -profile.LineageConflictPenalty, null, explain ? listed.Value : null, "reversed");
        return true;
    }
}
