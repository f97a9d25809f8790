namespace Vigil.Core.Screening;

/// <summary>How many hits to return, from which score, and whether to use the index or score every listed name.</summary>
/// <param name="Top">At most this many hits (distinct entities), best first.</param>
/// <param name="MinScore">Only hits at or above this score; null = the profile's alert threshold.</param>
/// <param name="Exhaustive">Score every listed name instead of the index's candidates (slow; for verification).</param>
/// <param name="Explain">Fill each hit's explanation (aligned words and features).</param>
/// <param name="EntityFilter">
/// Only entities it accepts can be hits; null = all. Scores are those of the whole index (same word weights), so a
/// filtered search returns exactly the accepted subset of an unfiltered one with a large enough <paramref name="Top"/>.
/// </param>
public sealed record SearchOptions(int Top = 10, double? MinScore = null, bool Exhaustive = false, bool Explain = false, Func<Model.Entity, bool>? EntityFilter = null);
