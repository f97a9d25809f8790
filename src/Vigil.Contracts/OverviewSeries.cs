namespace Vigil.Contracts;

/// <summary>One series of an overview chart: a name (a state, an outcome, a count) and one value per label of the chart.</summary>
public sealed record OverviewSeries(string Name, IReadOnlyList<long> Values);
