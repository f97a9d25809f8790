using System.Diagnostics;
using System.Globalization;
using Vigil.Core.Index;
using Vigil.Core.Model;
using Vigil.Core.Screening;

namespace Vigil.Benchmarks;

/// <summary>
/// The single-search latency distribution: every query of a queries file, one at a time on one thread, through
/// <see cref="Screener.Search(ScreeningQuery, SearchOptions?)"/> with default options, after warm-up passes.
/// </summary>
/// <remarks>
/// <c>latency [--queries PATH] [--warmup N] [--passes N] [--all-sources] [--builds N]</c>; <c>--all-sources</c> screens
/// against every source of <see cref="BenchData.AllLists"/> instead of SDN + UN, and <c>--builds N</c> times N index builds
/// (the fastest and the median are reported). The default file is shared/eval/dev/queries.csv, read at
/// run time. Each search is timed on its own with <see cref="Stopwatch.GetTimestamp"/>; queries/s is the number of
/// searches over the wall time of the measured passes. Results go to stdout, progress to stderr.
/// </remarks>
internal static class LatencyRun
{
    // Over 80 lines on purpose: one measurement read top to bottom (arguments, warm-up, measured passes, report); the
    // report's local Row reads the measured ticks in place, which a split would have to pass around.
    public static int Run(string[] args)
    {
        var path = BenchData.EvalPath("dev/queries.csv");
        var warmup = 2;
        var passes = 3;
        var allSources = false;
        var builds = 1;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--queries" when i + 1 < args.Length: path = Path.GetFullPath(args[++i]); break;
                case "--warmup" when i + 1 < args.Length: warmup = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--passes" when i + 1 < args.Length: passes = Math.Max(1, int.Parse(args[++i], CultureInfo.InvariantCulture)); break;
                case "--all-sources": allSources = true; break;
                case "--builds" when i + 1 < args.Length: builds = Math.Max(1, int.Parse(args[++i], CultureInfo.InvariantCulture)); break;
                default:
                    Console.Error.WriteLine("usage: latency [--queries PATH] [--warmup N] [--passes N] [--all-sources] [--builds N]");
                    return 2;
            }
        }

        var clock = Stopwatch.StartNew();
        var entities = allSources ? BenchData.ParseAllLists() : BenchData.ParseLists();
        var parsed = clock.Elapsed;
        var buildTimes = new List<TimeSpan>(builds);
        var buildCpu = new List<TimeSpan>(builds);
        ScreeningIndex index = null!;
        using var process = Process.GetCurrentProcess();
        for (var b = 0; b < builds; b++)
        {
            GC.Collect();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            clock.Restart();
            index = ScreeningIndex.Build(entities);
            buildTimes.Add(clock.Elapsed);
            process.Refresh();
            buildCpu.Add(process.TotalProcessorTime - cpuBefore);
        }
        buildTimes.Sort();
        buildCpu.Sort();
        var built = buildTimes[0];
        var screener = new Screener(index);
        var queries = BenchData.ReadQueries(path);
        Console.Error.WriteLine($"parsed {entities.Count} entities in {parsed.TotalSeconds:0.00} s, built {index.NameCount} names in {built.TotalSeconds:0.00} s, {queries.Count} queries from {path}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lists: {(allSources ? "every source (" + BenchData.AllLists.Length + ")" : "ofac-sdn + un")}; {entities.Count} entities, {index.NameCount} names; " +
            $"index build ({builds}x, {Environment.ProcessorCount} cores): fastest {built.TotalSeconds:0.000} s, median {buildTimes[builds / 2].TotalSeconds:0.000} s wall; " +
            $"CPU (all threads) least {buildCpu[0].TotalSeconds:0.000} s, median {buildCpu[builds / 2].TotalSeconds:0.000} s"));

        var hits = new int[queries.Count];
        for (var w = 0; w < warmup; w++)
        {
            foreach (var (_, _, query) in queries) screener.Search(query);
            Console.Error.WriteLine($"warm-up pass {w + 1}/{warmup} done");
        }

        // ticks[pass * n + q]: the latency of query q in a measured pass.
        var n = queries.Count;
        var ticks = new long[passes * n];
        var wall = TimeSpan.Zero;
        var gcBefore = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var p = 0; p < passes; p++)
        {
            var passClock = Stopwatch.StartNew();
            for (var q = 0; q < n; q++)
            {
                var start = Stopwatch.GetTimestamp();
                var result = screener.Search(queries[q].Query);
                ticks[p * n + q] = Stopwatch.GetTimestamp() - start;
                hits[q] = result.Count;
            }
            wall += passClock.Elapsed;
            Console.Error.WriteLine($"measured pass {p + 1}/{passes} done");
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var gc = (GC.CollectionCount(0) - gcBefore.Gen0, GC.CollectionCount(1) - gcBefore.Gen1, GC.CollectionCount(2) - gcBefore.Gen2);

        var searches = (long)passes * n;
        Console.WriteLine($"queries: {n} from {path}; warm-up passes: {warmup}; measured passes: {passes} ({searches} searches, one thread)");
        Console.WriteLine($"index: {entities.Count} entities, {index.NameCount} names; parse {parsed.TotalSeconds:0.00} s, build {built.TotalSeconds:0.00} s");
        Console.WriteLine($"throughput: {searches / wall.TotalSeconds:0} queries/s; allocated {allocated / searches / 1024.0:0.0} KB/search; GCs gen0/1/2 {gc.Item1}/{gc.Item2}/{gc.Item3}");
        Console.WriteLine();
        Console.WriteLine($"| {"set",-26} | {"searches",8} | {"p50 µs",8} | {"p90 µs",8} | {"p99 µs",8} | {"max µs",9} | {"mean µs",8} |");
        Console.WriteLine($"| {new string('-', 26)} | {new string('-', 7)}: | {new string('-', 7)}: | {new string('-', 7)}: | {new string('-', 7)}: | {new string('-', 8)}: | {new string('-', 7)}: |");
        Row("all", Enumerable.Range(0, n));
        for (var p = 0; p < passes; p++) Row($"pass {p + 1}", Enumerable.Range(0, n), p);
        foreach (var kind in Enum.GetValues<EntityKind>())
            Row($"type {kind.ToString().ToLowerInvariant()}", Enumerable.Range(0, n).Where(q => queries[q].Query.Kind == kind));
        Row("with a birth date", Enumerable.Range(0, n).Where(q => queries[q].Query.BirthDate is not null));
        Row("non-Latin script", Enumerable.Range(0, n).Where(q => queries[q].Query.Name.Any(c => c > '\u024F' && char.IsLetter(c))));
        foreach (var category in queries.Select(q => q.Category).Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal))
            Row($"category {category}", Enumerable.Range(0, n).Where(q => queries[q].Category == category));

        Console.WriteLine();
        Console.WriteLine("slowest queries (median of the measured passes):");
        var medians = Enumerable.Range(0, n).Select(q => (Query: q, Micros: Micros(Median(Enumerable.Range(0, passes).Select(p => ticks[p * n + q]).ToArray())))).ToList();
        foreach (var (q, micros) in medians.OrderByDescending(x => x.Micros).Take(10))
        {
            var query = queries[q].Query;
            Console.WriteLine($"  {micros,9:0} µs  {queries[q].Id} [{query.Kind.ToString().ToLowerInvariant()}] {query.Name} ({hits[q]} hits)");
        }
        return 0;

        void Row(string label, IEnumerable<int> rows, int? onlyPass = null)
        {
            var set = rows.ToList();
            if (set.Count == 0) return;
            var sample = new List<long>(set.Count * passes);
            for (var p = 0; p < passes; p++)
            {
                if (onlyPass is { } only && p != only) continue;
                foreach (var q in set) sample.Add(ticks[p * n + q]);
            }
            sample.Sort();
            Console.WriteLine($"| {label,-26} | {sample.Count,8} | {Micros(Percentile(sample, 0.50)),8:0} | {Micros(Percentile(sample, 0.90)),8:0} | {Micros(Percentile(sample, 0.99)),8:0} | {Micros(sample[^1]),9:0} | {Micros((long)sample.Average()),8:0} |");
        }
    }

    /// <summary>Nearest-rank percentile of a sorted sample.</summary>
    private static long Percentile(List<long> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static long Median(long[] values)
    {
        Array.Sort(values);
        return values[values.Length / 2];
    }

    private static double Micros(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;
}
