using Vigil.Core.Matching;
using Vigil.Core.Model;

namespace Vigil.Core.Screening;

/// <summary>A listed entity a query may be: the entity, its score, the listed name that matched best, (on request) why, and
/// the scoring profile that scored it.</summary>
public sealed record ScreeningHit(Entity Entity, double Score, string MatchedName, NameRole MatchedRole, MatchExplanation? Explanation, ScoringProfile Profile)
{
    public SourceRef Ref => Entity.Ref;

    /// <summary>The part of the query that matched, when the query was searched in parts (a former name it gave, or
    /// the name without payment residue and annotations); null when the query was searched as written.</summary>
    public string? QueryPart { get; init; }
}
