using Vigil.Core.Index;
using Vigil.Core.Model;
using Vigil.Core.Screening;

namespace Vigil.Core.Matching.Features;

/// <summary>Entity kind: a person never matches a non-person; an organisation matching a vessel or aircraft is lowered.</summary>
internal sealed class KindFeature : IMatchFeature
{
    public static KindFeature Instance { get; } = new();

    public string Name => "kind";

    public string Description => "Query type against the listed type: person vs non-person halves the score (never an alert); other mismatches (organisation vs vessel) lower it.";

    public bool Apply(PreparedQuery query, PreparedEntity entity, ScoringProfile profile, double nameScore, bool explain, ref double score, out FeatureScore result)
    {
        result = default;
        var q = query.Query.Kind;
        var e = entity.Kind;
        if (q == EntityKind.Unknown && e == EntityKind.Person && query.LegalForm is { } form)
        {
            // A name that carries a legal form is a company's: a listed person it resembles is lowered, not halved as a
            // stated kind is, since a company may be named after a person.
            score -= profile.KindConflictPenalty;
            result = new FeatureScore(Name, -profile.KindConflictPenalty, "organization (legal form " + form + ")", Lower(e), "conflict");
            return true;
        }
        if (q == EntityKind.Unknown || e == EntityKind.Unknown) return false;
        if (q == e)
        {
            result = new FeatureScore(Name, 0, Lower(q), Lower(e), "agree");
            return true;
        }
        if (q == EntityKind.Person || e == EntityKind.Person)
        {
            var before = score;
            score *= profile.PersonKindMismatchFactor;
            result = new FeatureScore(Name, score - before, Lower(q), Lower(e), "conflict");
            return true;
        }
        score -= profile.KindConflictPenalty;
        result = new FeatureScore(Name, -profile.KindConflictPenalty, Lower(q), Lower(e), "conflict");
        return true;
    }

    private static string Lower(EntityKind k) => k switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Vessel => "vessel",
        EntityKind.Aircraft => "aircraft",
        _ => "unknown",
    };
}
