namespace Vigil.Contracts;

/// <summary>The analyst's morning overview, as <c>GET /api/v1/overview</c> answers it and the UI's overview page draws it.</summary>
/// <param name="GeneratedAt">The instant the figures were counted at; ages are measured from it.</param>
/// <param name="Days">How many UTC days the per-day charts cover, ending with the day of <paramref name="GeneratedAt"/>.</param>
/// <param name="OpenAlerts">Live undecided alerts: labels are the age buckets (<c>lt_1d</c>, <c>1_7d</c>, <c>7_30d</c>,
/// <c>gt_30d</c>), one series per state (<c>open</c>, <c>escalated</c>, <c>pending_approval</c> while a closing decision waits
/// for a second analyst).</param>
/// <param name="Decisions">Reviewers' decisions per day: labels are the days (<c>YYYY-MM-DD</c>, oldest first), one series
/// per outcome (<c>true_match</c>, <c>false_positive</c>, <c>escalated</c>).</param>
/// <param name="Screenings">Screening records per day: labels are the days, series <c>screenings</c>, <c>hits</c>, <c>alerts</c>.</param>
/// <param name="Lists">Each active list's version and freshness, by source.</param>
public sealed record OverviewResult(
    DateTimeOffset GeneratedAt, int Days, OverviewChart OpenAlerts, OverviewChart Decisions, OverviewChart Screenings,
    IReadOnlyList<ListFreshness> Lists);
