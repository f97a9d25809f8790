using BenchmarkDotNet.Attributes;
using Vigil.Core.Index;
using Vigil.Core.Model;

namespace Vigil.Benchmarks;

/// <summary>Building the screening index over OFAC SDN 2021-07 + UN from already parsed entities (all cores).</summary>
[MemoryDiagnoser]
[MaxIterationCount(30)] // the default cap of 100 took the suite to 14 min on the shared 2-core machine
public class IndexBuildBenchmarks
{
    private List<Entity> _entities = null!;

    [GlobalSetup]
    public void Setup() => _entities = BenchData.ParseLists();

    [Benchmark]
    public ScreeningIndex Build() => ScreeningIndex.Build(_entities);
}
