namespace Vigil.Core.Matching;

/// <summary>Why a candidate scored what it did: which listed name matched, how the words aligned, and each feature's effect.</summary>
public sealed record MatchExplanation(string MatchedName, string NameRole, IReadOnlyList<AlignedWord> Words, IReadOnlyList<FeatureScore> Features)
{
    /// <summary>The part of the query that was scored, when the query was searched in parts (a former name it gave, the
    /// name without payment residue, a nickname read as its full form); null when it was scored as written.</summary>
    public string? QueryPart { get; init; }
}
