using Vigil.Core.Index;
using Vigil.Core.Screening;

namespace Vigil.Core.Matching.Features;

/// <summary>Patronymic chains keep their order: <c>SALMAN BIN MUHAMMAD</c> is the son of Muhammad, not
/// <c>MUHAMMAD BIN SALMAN</c>, though both have the same words; and <c>SALMAN ABDULAZIZ</c> (Salman, son of Abdulaziz) is
/// the father of <c>MUHAMMAD BIN SALMAN BIN ABDULAZIZ</c>, whose chain holds his name.</summary>
internal sealed class LineageFeature : IMatchFeature
{
    public static LineageFeature Instance { get; } = new();

    public string Name => "lineage";

    public string Description => "Person names with bin/ibn/bint/ben/ould: a query naming child and parent the other way round from every listed name, or naming a listed person's parent by the rest of the chain, lowers the score.";

    public bool Apply(PreparedQuery query, PreparedEntity entity, ScoringProfile profile, double nameScore, bool explain, ref double score, out FeatureScore result)
    {
        result = default;
        string detail;
        if (NameMarks.LineageReversed(query.Marks, entity.Marks, out var listed)) detail = "reversed";
        else if (NameMarks.ParentNamed(query.Marks, entity.Marks, out listed)) detail = "parent";
        else return false;
        score -= profile.LineageConflictPenalty;
        result = new FeatureScore(Name, -profile.LineageConflictPenalty, null, explain ? listed.Value : null, detail);
        return true;
    }
}
