namespace Vigil.Core.Matching;

/// <summary>Why a candidate scored what it did: which listed name matched, how the words aligned, and each feature's effect.</summary>
public sealed record MatchExplanation(string MatchedName, string NameRole, IReadOnlyList<AlignedWord> Words, IReadOnlyList<FeatureScore> Features);
