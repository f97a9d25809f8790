using Vigil.Core.Index;
using Vigil.Core.Model;
using Vigil.Core.Screening;

namespace Vigil.Core.Matching.Features;

/// <summary>Birth dates: the same day raises most, the same year (or a year inside a listed range) a little, a clear conflict lowers.</summary>
internal sealed class BirthDateFeature : IMatchFeature
{
    public static BirthDateFeature Instance { get; } = new();

    public string Name => "birth_date";

    public string Description => "Query birth date against the listed ones: exact day agrees (+), year or range agrees (+), years apart by 2 or more conflict (−).";

    public bool Apply(PreparedQuery query, PreparedEntity entity, ScoringProfile profile, double nameScore, bool explain, ref double score, out FeatureScore result)
    {
        result = default;
        if (query.Query.BirthDate is not { } date || entity.Entity.BirthDates.Count == 0) return false;
        var best = Agreement.Conflict;
        BirthDate? closest = null;
        foreach (var listed in entity.Entity.BirthDates)
        {
            var a = Compare(date, listed);
            if (a > best || closest is null) { best = a > best ? a : best; closest = listed; }
            if (a == Agreement.Exact) break;
        }
        double effect = best switch
        {
            Agreement.Exact => nameScore >= profile.BonusNameFloor ? profile.BirthDateExactBonus : 0,
            Agreement.Year => nameScore >= profile.BonusNameFloor ? profile.BirthDateYearBonus : 0,
            Agreement.Near => 0,
            _ => -profile.BirthDateConflictPenalty,
        };
        score += effect;
        result = explain ? new FeatureScore(Name, effect, date.ToString(), closest?.ToString(), best.ToString().ToLowerInvariant()) : new FeatureScore(Name, effect, null, null, "");
        return true;
    }

    private static Agreement Compare(PartialDate query, BirthDate listed)
    {
        var (first, last) = listed.Years;
        if (listed.To is null && !listed.Approximate && query.Year == listed.From.Year)
        {
            var precision = Math.Min(query.Precision, listed.From.Precision);
            if (precision >= 2 && query.Month != listed.From.Month) return Agreement.Near;
            if (precision == 3 && query.Day != listed.From.Day) return Agreement.Near;
            return precision == 3 ? Agreement.Exact : Agreement.Year;
        }
        if (query.Year >= first && query.Year <= last) return Agreement.Year;
        return query.Year >= first - 1 && query.Year <= last + 1 ? Agreement.Near : Agreement.Conflict;
    }

    private enum Agreement { Conflict = 0, Near = 1, Year = 2, Exact = 3 }
}
