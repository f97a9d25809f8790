namespace Vigil.Generate.Scale;

/// <summary>Percentiles of a set of timings, in milliseconds.</summary>
internal sealed record Latencies(int Count, double Mean, double P50, double P90, double P99, double Max)
{
    public static Latencies Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0) return new Latencies(0, 0, 0, 0, 0, 0);
        var sorted = milliseconds.Order().ToArray();
        return new Latencies(sorted.Length, sorted.Average(), At(sorted, 0.50), At(sorted, 0.90), At(sorted, 0.99), sorted[^1]);
    }

    /// <summary>Nearest-rank percentile: the smallest value with at least <paramref name="p"/> of the values at or below it.</summary>
    private static double At(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    public override string ToString() => FormattableString.Invariant(
        $"n={Count}, mean {Mean:0.000} ms, p50 {P50:0.000} ms, p90 {P90:0.000} ms, p99 {P99:0.000} ms, max {Max:0.000} ms");
}
