namespace Vigil.Contracts;

/// <summary>A closing decision proposed under four-eyes review (<c>alerts.four_eyes</c>) and its second reviewer's verdict:
/// <c>GET /api/v1/approvals</c>, <c>vigil alerts pending --json</c>, and <c>pending_approval</c> on an alert.</summary>
/// <param name="Proposal">The proposal's id.</param>
/// <param name="Decision">true_match or false_positive: what the alert becomes when approved.</param>
/// <param name="Status">pending, approved or rejected.</param>
/// <param name="Reviewer">Who approved or rejected it (never the proposer); absent while pending.</param>
/// <param name="Alert">The alert it is about, as it is now.</param>
public sealed record Approval(
    long Proposal, long AlertId, string Decision, string Proposer, string Reason, DateTimeOffset ProposedAt, string Status,
    string? Reviewer = null, string? Note = null, DateTimeOffset? ReviewedAt = null, Alert? Alert = null);
