using Vigil.Core.Lists;
using Vigil.Core.Matching;
using Vigil.Core.Model;

namespace Vigil.Core.Screening;

/// <summary>A listed entity a query may be: the entity, its score, the listed name that matched best, (on request) why, and
/// the scoring profile that scored it.</summary>
public sealed record ScreeningHit(Entity Entity, double Score, string MatchedName, NameRole MatchedRole, MatchExplanation? Explanation, ScoringProfile Profile)
{
    public SourceRef Ref => Entity.Ref;

    /// <summary>The version of the entity's list that was screened against; null when the screener was not told the versions.</summary>
    public ListVersion? Version { get; init; }
}
