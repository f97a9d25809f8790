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

    /// <summary>The id of the party the entity belongs to across sources (<see cref="Parties.Party.Id"/>); null outside a screener.</summary>
    public string? Party { get; init; }

    /// <summary>Set when the hit is reported because another listing of its party matched: that listing. The score is then
    /// the party's score (that listing's), and <see cref="MatchedName"/> the name that matched there.</summary>
    public SourceRef? Via { get; init; }

    /// <summary>Why this listing is the same party as <see cref="Via"/> (<c>un-ref QDi.001</c>, <c>name+dob 1961-07-28</c>).</summary>
    public string? ViaReason { get; init; }

    /// <summary>The part of the query that matched, when the query was searched in parts (a former name it gave, or
    /// the name without payment residue and annotations); null when the query was searched as written.</summary>
    public string? QueryPart { get; init; }
}
