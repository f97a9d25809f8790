namespace Vigil.Server.Contracts;

/// <summary>One score per pair, in the order sent.</summary>
public sealed record CompareResponse(IReadOnlyList<CompareResult> Results);
