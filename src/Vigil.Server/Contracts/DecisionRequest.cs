namespace Vigil.Server.Contracts;

/// <summary>A reviewer's decision on an alert.</summary>
/// <param name="As">false_positive, true_match or escalated (false-positive and true-match are accepted too).</param>
/// <param name="Reason">Required: why; kept with the decision and in the audit log.</param>
public sealed record DecisionRequest(string? As, string? Reason);
