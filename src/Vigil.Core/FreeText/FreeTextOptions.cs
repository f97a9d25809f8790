namespace Vigil.Core.FreeText;

/// <summary>Settings of one free-text screening; the numbers that decide mentions are <see cref="Matching.ScoringProfile"/>
/// properties (docs/scoring.md, "Free text").</summary>
/// <param name="MinScore">Mentions at or above this score; null = the profile's alert threshold.</param>
/// <param name="Explain">Fill each mention's explanation.</param>
public sealed record FreeTextOptions(double? MinScore = null, bool Explain = false);
