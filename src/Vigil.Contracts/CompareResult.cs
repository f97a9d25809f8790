namespace Vigil.Contracts;

/// <summary>One score per pair, in the order sent.</summary>
public sealed record CompareResult(IReadOnlyList<CompareScore> Results);
