using BenchmarkDotNet.Attributes;
using Vigil.Core.Index;
using Vigil.Core.Screening;

namespace Vigil.Benchmarks;

/// <summary>One search over OFAC SDN 2021-07 + UN, default options (top 10, alert threshold), query analysis included.</summary>
/// <remarks>The lists are parsed and the index built once per benchmark process, in <see cref="Setup"/>.</remarks>
[MemoryDiagnoser]
[MaxIterationCount(30)] // the default cap of 100 took the suite to 14 min on the shared 2-core machine
public class SearchBenchmarks
{
    private Screener _screener = null!;

    [ParamsSource(nameof(Cases))]
    public QueryCase Case { get; set; } = null!;

    public static IEnumerable<QueryCase> Cases => QueryCase.All;

    [GlobalSetup]
    public void Setup()
    {
        _screener = new Screener(ScreeningIndex.Build(BenchData.ParseLists()));
        // Shows in the benchmark log what the measured search returns.
        var hits = Search();
        Console.WriteLine($"// {Case}: {hits.Count} hit(s)" + (hits.Count > 0 ? $", best {hits[0].Ref} {hits[0].MatchedName} {hits[0].Score:0.000}" : ""));
    }

    [Benchmark]
    public IReadOnlyList<ScreeningHit> Search() => _screener.Search(Case.Query);
}
