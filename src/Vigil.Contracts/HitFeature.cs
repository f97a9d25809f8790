namespace Vigil.Contracts;

/// <summary>One feature's effect: the name score itself, or what an attribute added (negative: removed), with the values compared.</summary>
/// <param name="Feature">name, birth_date, country, identifier, kind, ...</param>
/// <param name="Query">The query's value, when it has one.</param>
/// <param name="Listed">The listed value it was compared with, when there is one.</param>
/// <param name="Detail">agree / conflict / partial / ..., in words.</param>
public sealed record HitFeature(string Feature, double Effect, string? Query, string? Listed, string Detail);
