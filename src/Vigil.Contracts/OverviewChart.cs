namespace Vigil.Contracts;

/// <summary>The figures of one overview chart: its labels (the x axis) and one series of values per label for each name.</summary>
/// <param name="Total">The sum of every value of every series, except where a series counts within another (screenings: the <c>screenings</c> series only).</param>
public sealed record OverviewChart(IReadOnlyList<string> Labels, IReadOnlyList<OverviewSeries> Series, long Total);
