using System.Diagnostics;
using Vigil.Core.Index;
using Vigil.Core.Model;
using Vigil.Core.Names;
using Vigil.Core.Screening;
using Vigil.Generate.Customers;
using Vigil.Generate.Tables;
using Vigil.Workflows.Screening;

namespace Vigil.Generate.Scale;

/// <summary>
/// Measures the screening index in-process on one list: parse time, build time, memory, single-threaded search latency,
/// and the exhaustive scan on a smaller sample for its speed and for whether both raise the same alerts.
/// </summary>
/// <remarks>
/// In-process so that latency is the search alone, not process start or I/O. Queries go through the same
/// <see cref="QueryFields"/> as <c>vigil screen</c> rows and run with the CLI's default options (top 10, alert threshold).
/// </remarks>
internal static class ScaleRun
{
    public static int Run(ScaleOptions o, TextWriter output)
    {
        var baseline = MemoryUse.Now();
        output.WriteLine($"list: {o.ListDir}");
        output.WriteLine($"baseline: {baseline}");

        var gc = GcActivity.Now();
        var clock = Stopwatch.StartNew();
        var parsed = RealLists.ParseOfac(o.ListDir);
        var entities = o.AddUn ? [.. parsed.Entities, .. RealLists.Un(o.ListsDir)] : parsed.Entities;
        var parseTime = clock.Elapsed;
        output.WriteLine($"parse{(o.AddUn ? " (with the UN list)" : "")}: {entities.Count:N0} entities, {entities.Sum(e => e.Names.Count):N0} listed names, {parsed.Warnings.Count:N0} warnings, {parseTime.TotalSeconds:N1} s; {GcActivity.Now().Since(gc)}");
        parsed = null;
        var afterParse = MemoryUse.Now();
        output.WriteLine($"after parse (entities held): {afterParse}");

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        gc = GcActivity.Now();
        clock.Restart();
        var index = ScreeningIndex.Build(entities);
        var buildTime = clock.Elapsed;
        var buildCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var buildGc = GcActivity.Now().Since(gc);
        var afterBuild = MemoryUse.Now();
        output.WriteLine(
            $"build: {index.NameCount:N0} indexed names in {buildTime.TotalSeconds:N2} s (CPU {buildCpu.TotalSeconds:N1} s on {Environment.ProcessorCount} cores); {buildGc}");
        output.WriteLine($"after build (entities + index): {afterBuild}");
        output.WriteLine($"index alone (live heap after build minus after parse): {MemoryUse.Mb(afterBuild.LiveHeap - afterParse.LiveHeap)}");

        var screener = new Screener(index);
        var tables = NameTables.Load();
        var warmup = Queries(tables, entities, o.Warmup, o.Seed + 1000, o.HitShare);
        var sample = Queries(tables, entities, o.Queries, o.Seed, o.HitShare);
        var options = new SearchOptions();
        foreach (var q in warmup) screener.Search(q, options);
        if (warmup.Count > 0) screener.Search(warmup[0], options with { Exhaustive = true });

        var indexed = TimeIndexed(screener, sample, options, output);
        var exhaustive = TimeExhaustive(screener, sample, indexed.Hits, options, o, output);

        if (o.HoldFile is { } hold) Hold(hold, output);
        if (o.SearchLoop > TimeSpan.Zero) SearchLoop(screener, sample, options, o.SearchLoop, output);
        if (o.Phases) TimeAnalysis(entities, buildTime, output);
        if (o.Census) Census(index, output);
        GC.KeepAlive(index);

        output.WriteLine(
            $"SCALE entities={entities.Count} names={index.NameCount} parse_s={parseTime.TotalSeconds:0.00} build_s={buildTime.TotalSeconds:0.00} " +
            $"heap_entities_mb={(afterParse.LiveHeap - baseline.LiveHeap) / 1048576.0:0} heap_index_mb={(afterBuild.LiveHeap - afterParse.LiveHeap) / 1048576.0:0} " +
            $"heap_total_mb={afterBuild.LiveHeap / 1048576.0:0} ws_mb={afterBuild.WorkingSet / 1048576.0:0} peak_ws_mb={afterBuild.PeakWorkingSet / 1048576.0:0} " +
            $"p50_ms={indexed.Latency.P50:0.000} p90_ms={indexed.Latency.P90:0.000} p99_ms={indexed.Latency.P99:0.000} mean_ms={indexed.Latency.Mean:0.000} " +
            $"exh_n={exhaustive.Count} exh_mean_ms={exhaustive.MeanMs:0.0} ratio={exhaustive.Ratio:0} same_alerts={exhaustive.Same}/{exhaustive.Count}");
        return 0;
    }

    /// <summary>Generated customers, with a share of true hits made from the list's own entries, as screening queries.</summary>
    private static List<ScreeningQuery> Queries(NameTables tables, IReadOnlyList<Entity> entities, int count, int seed, double hitShare)
    {
        var queries = new List<ScreeningQuery>(count);
        foreach (var row in new CustomerGenerator(tables, entities, hitShare).Generate(count, seed, "q"))
            if (new QueryFields(row.Name, row.Type, row.BirthDate, row.Country, row.IdNumber).TryCreate(out var q, out _)) queries.Add(q);
        return queries;
    }

    private sealed record IndexedResult(Latencies Latency, List<IReadOnlyList<ScreeningHit>> Hits, List<double> Milliseconds);

    private static IndexedResult TimeIndexed(Screener screener, List<ScreeningQuery> sample, SearchOptions options, TextWriter output)
    {
        var ms = new List<double>(sample.Count);
        var prepareMs = new List<double>(sample.Count);
        var hits = new List<IReadOnlyList<ScreeningHit>>(sample.Count);
        var gc = GcActivity.Now();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        foreach (var q in sample)
        {
            var t0 = Stopwatch.GetTimestamp();
            var prepared = screener.Prepare(q);
            var t1 = Stopwatch.GetTimestamp();
            var result = screener.Search(prepared, options);
            var t2 = Stopwatch.GetTimestamp();
            prepareMs.Add(Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds);
            ms.Add(Stopwatch.GetElapsedTime(t0, t2).TotalMilliseconds);
            hits.Add(result);
        }
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var latency = Latencies.Of(ms);
        output.WriteLine($"indexed search, single thread: {latency}");
        output.WriteLine($"  of which query analysis (Prepare): {Latencies.Of(prepareMs)}");
        output.WriteLine(
            $"  {sample.Count / ms.Sum() * 1000:N0} queries/s on one core; {hits.Count(h => h.Count > 0):N0} of {sample.Count:N0} queries raise alerts " +
            $"({hits.Sum(h => h.Count):N0} alerts); allocated {allocated / (double)sample.Count / 1024:N1} KB/query; " +
            $"{GcActivity.Now().Since(gc)} during the run");
        output.WriteLine("  slowest queries:");
        foreach (var i in Enumerable.Range(0, sample.Count).OrderByDescending(i => ms[i]).Take(8))
            output.WriteLine($"    {ms[i],9:0.000} ms  {hits[i].Count,2} alerts  {sample[i].Kind,-12} {sample[i].Name}");
        return new IndexedResult(latency, hits, ms);
    }

    private sealed record ExhaustiveResult(int Count, double MeanMs, double Ratio, int Same);

    /// <summary>
    /// Exhaustive scans over a sample drawn half from the queries the index raised alerts for and half from the others,
    /// so a miss in either direction (an alert only one of them raises) can show.
    /// </summary>
    private static ExhaustiveResult TimeExhaustive(Screener screener, List<ScreeningQuery> sample, List<IReadOnlyList<ScreeningHit>> indexedHits,
        SearchOptions options, ScaleOptions o, TextWriter output)
    {
        var withAlerts = Enumerable.Range(0, sample.Count).Where(i => indexedHits[i].Count > 0).ToList();
        var without = Enumerable.Range(0, sample.Count).Where(i => indexedHits[i].Count == 0).ToList();
        var half = o.ExhaustiveQueries / 2;
        var chosen = withAlerts.Take(Math.Max(half, o.ExhaustiveQueries - without.Count))
            .Concat(without.Take(Math.Max(o.ExhaustiveQueries - half, o.ExhaustiveQueries - withAlerts.Count)))
            .Take(o.ExhaustiveQueries).Order().ToList();
        var exhaustiveOptions = options with { Exhaustive = true };
        var exhaustiveMs = new List<double>();
        var indexedMs = new List<double>();
        int same = 0, done = 0;
        var budget = Stopwatch.StartNew();
        foreach (var i in chosen)
        {
            if (budget.Elapsed > o.ExhaustiveBudget) break;
            var t0 = Stopwatch.GetTimestamp();
            var full = screener.Search(sample[i], exhaustiveOptions);
            exhaustiveMs.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            // Indexed time of the same query, measured again next to it so both see the same machine state.
            t0 = Stopwatch.GetTimestamp();
            var fast = screener.Search(sample[i], options);
            indexedMs.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            done++;
            if (SameAlerts(fast, full)) { same++; continue; }
            output.WriteLine($"  DIFFERENT ALERTS for '{sample[i].Name}' ({sample[i].Kind}): indexed [{Describe(fast)}] exhaustive [{Describe(full)}]");
        }
        var ratio = indexedMs.Sum() > 0 ? exhaustiveMs.Sum() / indexedMs.Sum() : 0;
        var alerted = chosen.Take(done).Count(i => indexedHits[i].Count > 0);
        output.WriteLine($"exhaustive scan, single thread: {Latencies.Of(exhaustiveMs)} ({done} of {chosen.Count} planned within {o.ExhaustiveBudget.TotalSeconds:N0} s; {alerted} with indexed alerts)");
        output.WriteLine(
            $"  same queries indexed: {Latencies.Of(indexedMs)}; exhaustive / indexed time = {ratio:N0}x; same alerts (entities and scores) on {same} of {done}");
        return new ExhaustiveResult(done, exhaustiveMs.Count > 0 ? exhaustiveMs.Average() : 0, ratio, same);
    }

    private static bool SameAlerts(IReadOnlyList<ScreeningHit> a, IReadOnlyList<ScreeningHit> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (a[i].Entity.Ref != b[i].Entity.Ref || Math.Abs(a[i].Score - b[i].Score) > 1e-9) return false;
        return true;
    }

    private static string Describe(IReadOnlyList<ScreeningHit> hits) =>
        string.Join("; ", hits.Select(h => $"{h.Entity.Ref.Source}:{h.Entity.SourceId} {h.MatchedName} {h.Score:0.000}"));

    /// <summary>Writes the process id to <paramref name="file"/> and waits (at most 10 minutes) until someone deletes it.</summary>
    private static void Hold(string file, TextWriter output)
    {
        File.WriteAllText(file, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        output.WriteLine($"holding: pid {Environment.ProcessId} written to {file}; waiting until it is deleted");
        output.Flush();
        var wait = Stopwatch.StartNew();
        while (File.Exists(file) && wait.Elapsed < TimeSpan.FromMinutes(10)) Thread.Sleep(200);
    }

    /// <summary>Where the index's own memory is (entities excluded), after the searches (so with their pooled scratch buffers).</summary>
    private static void Census(ScreeningIndex index, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var (parts, total) = HeapCensus.Of(index);
        output.WriteLine($"index census (estimated from the object graph, entities excluded, {clock.Elapsed.TotalSeconds:N0} s): {MemoryUse.Mb(total)}");
        foreach (var (part, bytes, objects) in parts.Take(16))
            output.WriteLine($"  {MemoryUse.Mb(bytes),9}  {objects,11:N0} objects  {part}");
    }

    /// <summary>Repeats the indexed searches for <paramref name="duration"/>, so a sampling profiler sees only searching.</summary>
    private static void SearchLoop(Screener screener, List<ScreeningQuery> sample, SearchOptions options, TimeSpan duration, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var n = 0;
        while (clock.Elapsed < duration && sample.Count > 0) screener.Search(sample[n++ % sample.Count], options);
        output.WriteLine($"search loop: {n:N0} searches in {clock.Elapsed.TotalSeconds:N1} s");
    }

    /// <summary>
    /// The first phase of <see cref="ScreeningIndex.Build"/> on its own: every listed name's variants analysed, on all
    /// cores as the build does it. What remains of the build time is the vocabulary, name table and postings.
    /// </summary>
    private static void TimeAnalysis(IReadOnlyList<Entity> entities, TimeSpan buildTime, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        long tokens = 0;
        Parallel.For(0, entities.Count, () => 0L, (e, _, local) =>
        {
            var entity = entities[e];
            foreach (var name in entity.Names)
                foreach (var (full, _, _) in NameVariants.Of(name, entity.Kind, Vigil.Core.Matching.ScoringProfile.Default))
                    local += NameAnalyzer.Analyze(full, entity.Kind).Length;
            return local;
        }, local => Interlocked.Add(ref tokens, local));
        var analysis = clock.Elapsed;
        output.WriteLine(
            $"phases: name analysis alone {analysis.TotalSeconds:N2} s ({tokens:N0} words) = {analysis / buildTime:P0} of the build; " +
            $"the rest (vocabulary, surface forms, name table, postings) about {(buildTime - analysis).TotalSeconds:N2} s");
    }
}
