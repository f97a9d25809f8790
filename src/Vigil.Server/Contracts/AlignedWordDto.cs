namespace Vigil.Server.Contracts;

/// <summary>A query word paired with a listed word; <c>query</c> or <c>listed</c> is null for a word left unpaired.</summary>
public sealed record AlignedWordDto(string? Query, string? Listed, double Similarity, double Weight);
