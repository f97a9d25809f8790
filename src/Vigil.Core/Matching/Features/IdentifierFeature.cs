using Vigil.Core.Index;
using Vigil.Core.Screening;

namespace Vigil.Core.Matching.Features;

/// <summary>Identifier numbers: the same passport, IMO or registration number makes a match near-certain even with a poor name.</summary>
internal sealed class IdentifierFeature : IMatchFeature
{
    public static IdentifierFeature Instance { get; } = new();

    public string Name => "identifier";

    public string Description => "Query id number against listed identifiers (case, spaces and punctuation ignored): equal lifts the score to near-certain; listed numbers that all differ lower it slightly.";

    public bool Apply(PreparedQuery query, PreparedEntity entity, ScoringProfile profile, double nameScore, bool explain, ref double score, out FeatureScore result)
    {
        result = default;
        if (query.IdCanonical is not { } id || entity.Identifiers.Length == 0) return false;
        if (Array.IndexOf(entity.Identifiers, id) >= 0)
        {
            var lifted = Math.Max(score, profile.IdentifierMatchFloor + (1 - profile.IdentifierMatchFloor) * nameScore);
            result = new FeatureScore(Name, lifted - score, query.Query.IdNumber, id, "agree");
            score = lifted;
            return true;
        }
        score -= profile.IdentifierConflictPenalty;
        result = new FeatureScore(Name, -profile.IdentifierConflictPenalty, query.Query.IdNumber, explain ? string.Join(",", entity.Identifiers) : null, "differ");
        return true;
    }
}
