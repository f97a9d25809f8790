namespace Vigil.Server.Contracts;

/// <summary>Two names to score against each other, as a row of <c>vigil compare</c>'s input.</summary>
public sealed record ComparePair(string? Id, string? NameA, string? NameB, string? Type = null);
