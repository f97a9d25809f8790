using System.Globalization;
using Vigil.Contracts;
using Vigil.Core.Lists;
using Vigil.Store;

namespace Vigil.Workflows.Overview;

/// <summary>The analyst's overview: open alerts by age and state, decisions and screenings per day, each list's freshness.</summary>
/// <remarks>
/// The counting is the store's (<see cref="IOverviewQuery"/>, SQL aggregates); this turns its sparse cells into charts with
/// every bucket, state and day present (zeros included), so a chart's axis never skips a quiet day.
/// </remarks>
public sealed class OverviewReport(VigilHome home, TimeProvider time)
{
    /// <summary>Days the per-day charts cover when not told otherwise.</summary>
    public const int DefaultDays = 30;

    /// <summary>The most days a per-day chart covers.</summary>
    public const int MaxDays = 366;

    /// <summary>The states of live undecided alerts, in the order the chart stacks them.</summary>
    public static IReadOnlyList<string> OpenStates { get; } = ["open", "escalated", OverviewFigures.PendingApproval];

    /// <summary>Counts the overview now, over the last <paramref name="days"/> UTC days.</summary>
    /// <exception cref="VigilException"><paramref name="days"/> is outside 1..<see cref="MaxDays"/>.</exception>
    public OverviewResult Build(int days = DefaultDays)
    {
        if (days is < 1 or > MaxDays) throw new VigilException($"days: {days} is outside 1-{MaxDays}");
        var now = time.GetUtcNow();
        OverviewFigures figures;
        IReadOnlyList<ListVersion> active, pending;
        using (var store = home.OpenStore())
        {
            figures = store.Overview.Figures(now, days);
            active = store.Lists.ActiveVersions();
            pending = store.Lists.PendingVersions();
        }
        var dayLabels = Enumerable.Range(0, days).Select(i => figures.From.AddDays(i)).ToList();
        var labels = dayLabels.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        int DayIndex(DateOnly day) => day.DayNumber - figures.From.DayNumber;

        var open = OpenStates.Select(state => Series(state, AlertAge.Buckets.Count, figures.OpenAlerts
            .Where(c => c.State == state).Select(c => (Index(AlertAge.Buckets, c.Bucket), c.Count)))).ToList();
        var decisions = IScreeningStore.DecisionStates.Select(outcome => Series(outcome, days, figures.Decisions
            .Where(d => d.Outcome == outcome).Select(d => (DayIndex(d.Day), d.Count)))).ToList();
        var screened = new[]
        {
            Series("screenings", days, figures.Screenings.Select(s => (DayIndex(s.Day), s.Count))),
            Series("hits", days, figures.Screenings.Select(s => (DayIndex(s.Day), s.Hits))),
            Series("alerts", days, figures.Screenings.Select(s => (DayIndex(s.Day), s.Alerts))),
        };

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var lists = active.Select(v => new ListFreshness(
            v.Source, v.Number, v.Id, v.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v.LoadedAt,
            v.PublishedOn is { } published ? today.DayNumber - published.DayNumber : null,
            Math.Round((now - v.LoadedAt).TotalDays, 1), v.Counts.Total,
            pending.Where(p => p.Source == v.Source).Select(p => p.Number).Order().ToList())).ToList();

        return new OverviewResult(now, days,
            new OverviewChart(AlertAge.Buckets, open, open.Sum(s => s.Values.Sum())),
            new OverviewChart(labels, decisions, decisions.Sum(s => s.Values.Sum())),
            new OverviewChart(labels, screened, screened[0].Values.Sum()),
            lists);
    }

    private static OverviewSeries Series(string name, int length, IEnumerable<(int Index, long Count)> cells)
    {
        var values = new long[length];
        foreach (var (index, count) in cells)
            if (index >= 0 && index < length) values[index] += count;
        return new OverviewSeries(name, values);
    }

    private static int Index(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
            if (names[i] == name) return i;
        return -1;
    }
}
