namespace Vigil.Store;

/// <summary>What <see cref="IOverviewQuery.Figures"/> counted.</summary>
/// <param name="From">The first UTC day of the window.</param>
/// <param name="To">The last UTC day of the window (the day of "now").</param>
/// <param name="OpenAlerts">Live undecided alerts per age bucket and state; only non-zero cells.</param>
/// <param name="Decisions">Reviewers' decisions per day and outcome (<c>true_match</c>, <c>false_positive</c>, <c>escalated</c>); only non-zero cells.</param>
/// <param name="Screenings">Screening records per day; only days that have some.</param>
public sealed record OverviewFigures(
    DateOnly From, DateOnly To,
    IReadOnlyList<AlertAgeCount> OpenAlerts,
    IReadOnlyList<DecisionDayCount> Decisions,
    IReadOnlyList<ScreeningDayCount> Screenings)
{
    /// <summary>The state an open or escalated alert is counted under while a closing decision on it waits for approval.</summary>
    public const string PendingApproval = "pending_approval";
}

/// <summary>How many live alerts of one state are in one age bucket (<see cref="AlertAge.Buckets"/>).</summary>
public sealed record AlertAgeCount(string Bucket, string State, long Count);

/// <summary>How many decisions of one outcome reviewers made on one UTC day.</summary>
public sealed record DecisionDayCount(DateOnly Day, string Outcome, long Count);

/// <summary>How many screening records were written on one UTC day, and the hits and alerts they reported.</summary>
public sealed record ScreeningDayCount(DateOnly Day, long Count, long Hits, long Alerts);
