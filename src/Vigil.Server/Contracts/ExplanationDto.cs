using Vigil.Core.Matching;
using Vigil.Core.Model;

namespace Vigil.Server.Contracts;

/// <summary>The listed name that matched, the query and listed words as aligned, and each feature's effect on the score.</summary>
public sealed record ExplanationDto(string MatchedName, NameRole NameRole, IReadOnlyList<AlignedWordDto> Words, IReadOnlyList<FeatureDto> Features)
{
    public static ExplanationDto From(MatchExplanation e, NameRole role) => new(
        e.MatchedName, role,
        [.. e.Words.Select(w => new AlignedWordDto(w.Query, w.Listed, HitDto.Round(w.Similarity), HitDto.Round(w.Weight)))],
        [.. e.Features.Select(f => new FeatureDto(f.Feature, HitDto.Round(f.Effect), f.QueryValue, f.ListedValue, f.Detail))]);
}
