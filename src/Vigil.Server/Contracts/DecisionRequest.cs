namespace Vigil.Server.Contracts;

/// <summary>A reviewer's decision on an alert.</summary>
/// <param name="As">false-positive, true-match or escalated.</param>
/// <param name="Reason">Required: why; kept with the decision and in the audit log.</param>
public sealed record DecisionRequest(string? As, string? Reason);
