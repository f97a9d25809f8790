namespace Vigil.Core.Matching;

/// <summary>A query word paired with a listed word, or left unpaired (the other side null), in an explanation.</summary>
/// <param name="Query">The query word(s) in comparable form, or null for a listed word no query word matched.</param>
/// <param name="Listed">The listed word(s), or null for a query word that matched nothing.</param>
/// <param name="Similarity">Word similarity in [0, 1].</param>
/// <param name="Weight">The information the pair carries (sum of both words' weights).</param>
public sealed record AlignedWord(string? Query, string? Listed, double Similarity, double Weight);
