namespace Vigil.Server.Contracts;

/// <summary>A reviewer's decision on an alert.</summary>
/// <param name="As">false_positive, true_match or escalated (false-positive and true-match are accepted too).</param>
/// <param name="Reason">Required: why; kept with the decision and in the audit log.</param>
/// <param name="ExpectedState">Optional: the state the reviewer saw (open, escalated, ...). When given and the alert is in
/// another state when the decision is written (another reviewer, on this node or another, decided first), the answer is 409
/// with <c>current_state</c> and nothing is written.</param>
public sealed record DecisionRequest(string? As, string? Reason, string? ExpectedState = null);
