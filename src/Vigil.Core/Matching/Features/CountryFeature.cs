using Vigil.Core.Index;
using Vigil.Core.Screening;

namespace Vigil.Core.Matching.Features;

/// <summary>Country: agreeing with a listed nationality, citizenship, address or birthplace raises a little; a listed nationality that disagrees lowers.</summary>
internal sealed class CountryFeature : IMatchFeature
{
    public static CountryFeature Instance { get; } = new();

    public string Name => "country";

    public string Description => "Query country against listed nationalities, citizenships, address countries and birthplaces: any agreement (+); only disagreeing nationalities (−).";

    public bool Apply(PreparedQuery query, PreparedEntity entity, ScoringProfile profile, double nameScore, bool explain, ref double score, out FeatureScore result)
    {
        result = default;
        if (query.Query.Country is not { Length: 2 } country) return false;
        if (entity.Nationalities.Length == 0 && entity.OtherCountries.Length == 0) return false;
        var listed = explain ? string.Join(",", entity.Nationalities.Concat(entity.OtherCountries)) : null;
        if (Array.IndexOf(entity.Nationalities, country) >= 0 || Array.IndexOf(entity.OtherCountries, country) >= 0)
        {
            var bonus = nameScore >= profile.BonusNameFloor ? profile.CountryMatchBonus : 0;
            score += bonus;
            result = new FeatureScore(Name, bonus, country, listed, "agree");
            return true;
        }
        if (entity.Nationalities.Length > 0)
        {
            score -= profile.CountryConflictPenalty;
            result = new FeatureScore(Name, -profile.CountryConflictPenalty, country, listed, "conflict");
            return true;
        }
        result = new FeatureScore(Name, 0, country, listed, "unrelated");
        return true;
    }
}
