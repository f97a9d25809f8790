using BenchmarkDotNet.Attributes;
using Vigil.Core.Names;
using Vigil.Core.Text;

namespace Vigil.Benchmarks;

/// <summary>Analysing one name: the normaliser alone (any script → ASCII words) and the whole name analyser on top of it.</summary>
/// <remarks>This is the per-query cost a search pays once before any lookup, and the per-name cost of an index build.
/// Benchmark classes are public and unsealed: BenchmarkDotNet derives its generated runner from them.</remarks>
[MemoryDiagnoser]
[MaxIterationCount(30)] // the default cap of 100 took the suite to 14 min on the shared 2-core machine
public class NormalizeBenchmarks
{
    private readonly List<RawToken> _raw = new(16);

    [ParamsSource(nameof(Cases))]
    public NameCase Case { get; set; } = null!;

    public static IEnumerable<NameCase> Cases => NameCase.All;

    /// <summary>TextNormalizer.Tokenize into a reused list: the normaliser's own allocations only (the word strings).</summary>
    [Benchmark]
    public int Tokenize()
    {
        _raw.Clear();
        TextNormalizer.Tokenize(Case.Name, _raw);
        return _raw.Count;
    }

    /// <summary>NameAnalyzer.Analyze: normalise, drop joining words, legal forms, variant folding, classes.</summary>
    [Benchmark]
    public NameToken[] Analyze() => NameAnalyzer.Analyze(Case.Name, Case.Kind);
}
