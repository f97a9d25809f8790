namespace Vigil.Server.Contracts;

/// <summary>One feature's effect: the name score itself, or what an attribute added (negative: removed), with the values compared.</summary>
public sealed record FeatureDto(string Feature, double Effect, string? Query, string? Listed, string Detail);
