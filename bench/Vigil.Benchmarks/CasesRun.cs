using System.Diagnostics;
using Vigil.Core.Index;
using Vigil.Core.Screening;

namespace Vigil.Benchmarks;

/// <summary>Prints what each search benchmark's query returns, so the suite is known to measure real matches.</summary>
internal static class CasesRun
{
    public static int Run()
    {
        var screener = new Screener(ScreeningIndex.Build(BenchData.ParseLists()));
        foreach (var c in QueryCase.All)
        {
            var clock = Stopwatch.StartNew();
            var hits = screener.Search(c.Query);
            var elapsed = clock.Elapsed;
            Console.WriteLine($"{c.Label,-15} {c.Query.Name} ({c.Query.Kind}): {hits.Count} hit(s), first call {elapsed.TotalMilliseconds:0.00} ms");
            foreach (var hit in hits.Take(3)) Console.WriteLine($"    {hit.Score:0.000} {hit.Ref} {hit.MatchedName}");
        }
        return 0;
    }
}
