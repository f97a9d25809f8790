using Vigil.Core.Matching;
using Vigil.Core.Model;

namespace Vigil.Core.Screening;

/// <summary>A listed entity a query may be: the entity, its score, the listed name that matched best, and (on request) why.</summary>
public sealed record ScreeningHit(Entity Entity, double Score, string MatchedName, NameRole MatchedRole, MatchExplanation? Explanation)
{
    public SourceRef Ref => Entity.Ref;
}
