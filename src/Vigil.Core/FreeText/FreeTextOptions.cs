namespace Vigil.Core.FreeText;

/// <summary>Settings of a free-text screening; the defaults are documented in docs/scoring.md ("Free text").</summary>
/// <param name="MinScore">Mentions at or above this score; null = the profile's alert threshold.</param>
/// <param name="Explain">Fill each mention's explanation.</param>
public sealed record FreeTextOptions(double? MinScore = null, bool Explain = false)
{
    /// <summary>Score of a surname after a title that only one listed person of that kind carries.</summary>
    /// <remarks>Just above the alert threshold: the title and the uniqueness on the lists stand in for the missing given names.</remarks>
    public double TitledSurnameScore { get; init; } = 0.85;

    /// <summary>The least score a window of words must reach in the index search before its sub-spans are scored one by one.</summary>
    /// <remarks>Low, because the words around a name in a window dilute its score; the sub-span scoring then decides.</remarks>
    public double WindowFloor { get; init; } = 0.3;

    /// <summary>Words of one search window; longer runs of capitalised words are searched in overlapping windows.</summary>
    public int WindowWords { get; init; } = 8;

    /// <summary>A single word counts only when at most this many listed entities have it as a whole name (the same party
    /// on two lists).</summary>
    public int DistinctiveMaxEntities { get; init; } = 2;

    /// <summary>An entity from another list whose score is within this margin of the best on the same words is reported too
    /// (the same party listed by OFAC and the UN).</summary>
    public double CrossListMargin { get; init; } = 0.03;
}
