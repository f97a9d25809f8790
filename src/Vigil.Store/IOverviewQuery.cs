namespace Vigil.Store;

/// <summary>The figures of the analyst's overview page, counted by the store (aggregates, not rows).</summary>
public interface IOverviewQuery
{
    /// <summary>
    /// Live undecided alerts by age bucket (<see cref="AlertAge"/>) and state, reviewers' decisions per UTC day and
    /// outcome, and screening records per UTC day, over the <paramref name="days"/> UTC days ending with the day of
    /// <paramref name="now"/>. Days without any decision or screening are left out.
    /// </summary>
    /// <remarks>
    /// Alerts counted are those in state <c>open</c> or <c>escalated</c>; one with a pending four-eyes proposal counts as
    /// <see cref="OverviewFigures.PendingApproval"/>. Decisions are reviewers' only (not the engine's <c>vigil</c>).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is below 1.</exception>
    OverviewFigures Figures(DateTimeOffset now, int days);
}
