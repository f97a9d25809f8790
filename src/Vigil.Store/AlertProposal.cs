namespace Vigil.Store;

/// <summary>A closing decision proposed under four-eyes review, waiting for (or given) a second reviewer's verdict.</summary>
/// <param name="State"><c>true_match</c> or <c>false_positive</c>: what the alert becomes when the proposal is approved.</param>
/// <param name="Status"><c>pending</c>, <c>approved</c> or <c>rejected</c>.</param>
/// <param name="Reviewer">Who approved or rejected it (never the proposer); null while pending.</param>
/// <param name="ReviewNote">The reviewer's reason; null while pending.</param>
public sealed record AlertProposal(
    long Id, long AlertId, string State, string Proposer, string Reason, DateTimeOffset ProposedAt,
    string Status, string? Reviewer, string? ReviewNote, DateTimeOffset? ReviewedAt)
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Rejected = "rejected";

    /// <summary>The decisions that close an alert and so need a second reviewer under four-eyes review.</summary>
    public static IReadOnlyList<string> ClosingStates { get; } = ["true_match", "false_positive"];
}
