using BenchmarkDotNet.Attributes;
using Vigil.Core.Index;
using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Screening;

namespace Vigil.Benchmarks;

/// <summary>Scoring one query against one listed name, at three levels.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="AlignAndCombine"/>: the per-candidate loop of a search, i.e. internal <c>NameAlignment.Score</c> and
/// <c>Matcher.Combine</c> on a prepared query, with the word similarities already worked out (as a search has them).</item>
/// <item><see cref="SearchOneEntityExhaustive"/>: a prepared query through <see cref="Screener"/> with
/// <see cref="SearchOptions.Exhaustive"/> over a one-entity index: word similarities, alignment, features and the hit.</item>
/// <item><see cref="NameComparerCompare"/>: what <c>vigil compare</c> pays per pair: both directions, each building a
/// one-entity index and analysing the query.</item>
/// </list>
/// </remarks>
[MemoryDiagnoser]
[MaxIterationCount(30)] // the default cap of 100 took the suite to 14 min on the shared 2-core machine
public class ScoreBenchmarks
{
    private static readonly SearchOptions Exhaustive = new(Top: 1, MinScore: 0, Exhaustive: true);

    private Screener _screener = null!;
    private PreparedQuery _prepared = null!;
    private Func<int, int, float> _sim = null!;

    [ParamsSource(nameof(Cases))]
    public PairCase Pair { get; set; } = null!;

    public static IEnumerable<PairCase> Cases => PairCase.All;

    [GlobalSetup]
    public void Setup()
    {
        var entity = new Entity
        {
            Source = "bench",
            SourceId = "1",
            Kind = Pair.Kind,
            Names = [new EntityName(Pair.Listed)],
            BirthDates = Pair.ListedBirthDate is { } born ? [new BirthDate(born)] : [],
        };
        var index = ScreeningIndex.Build([entity]);
        _screener = new Screener(index);
        _prepared = _screener.Prepare(Pair.Query);

        // Every query unit against every vocabulary word, once, credited to the word a surface form stands for: the
        // table a search fills (Screener.CompareAllWords) before it scores candidates.
        var units = _prepared.Units;
        var vocabulary = index.Vocabulary;
        var words = vocabulary.Count;
        var sims = new float[units.Length * words];
        for (var u = 0; u < units.Length; u++)
            for (var w = 0; w < words; w++)
            {
                if (units[u].Class == Core.Text.TokenClass.Initial) continue;
                ref var cell = ref sims[u * words + vocabulary.Targets[w]];
                cell = Math.Max(cell, TokenSimilarity.Score(units[u], w, vocabulary, index.Profile));
            }
        _sim = (u, w) => sims[u * words + w];
        // The shortcut must score exactly as the real search path does, or it measures something else.
        var aligned = AlignAndCombine();
        var searched = SearchOneEntityExhaustive() is [var hit, ..] ? hit.Score : 0;
        if (aligned <= 0 || Math.Abs(aligned - searched) > 1e-9)
            throw new InvalidOperationException($"{Pair}: aligned {aligned} but searched {searched}");
    }

    [Benchmark]
    public double AlignAndCombine()
    {
        var index = _screener.Index;
        var nameScore = NameAlignment.Score(_prepared, 0, index, _sim, null);
        return Matcher.Combine(_prepared, index.Entities[0], index.Profile, nameScore, null);
    }

    [Benchmark]
    public IReadOnlyList<ScreeningHit> SearchOneEntityExhaustive() => _screener.Search(_prepared, Exhaustive);

    [Benchmark]
    public double NameComparerCompare() => NameComparer.Compare(Pair.Query.Name, Pair.Listed, Pair.Kind);
}
