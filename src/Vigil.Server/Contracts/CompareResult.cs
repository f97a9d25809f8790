namespace Vigil.Server.Contracts;

/// <summary>The score of one pair, in [0, 1].</summary>
public sealed record CompareResult(string Id, double Score);
