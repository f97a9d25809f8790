using Vigil.Core.Screening;

namespace Vigil.Workflows.Screening;

/// <summary>Screens a stream of queries on all cores, in chunks, yielding results in input order with bounded memory.</summary>
public static class ScreenBatch
{
    /// <summary>Queries per chunk: large enough to keep every core busy, small enough to keep memory flat.</summary>
    public const int ChunkSize = 4096;

    /// <summary>Screens each item's query; items without a query (bad rows) pass through with no hits.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> fired (checked between records).</exception>
    public static IEnumerable<(T Item, IReadOnlyList<ScreeningHit> Hits)> Run<T>(IEnumerable<(T Item, ScreeningQuery? Query)> items, Screener screener, SearchOptions options, CancellationToken cancel = default)
    {
        var parallel = new ParallelOptions { CancellationToken = cancel };
        var chunk = new List<(T Item, ScreeningQuery? Query)>(ChunkSize);
        var results = new IReadOnlyList<ScreeningHit>[ChunkSize];
        foreach (var item in items)
        {
            chunk.Add(item);
            if (chunk.Count < ChunkSize) continue;
            foreach (var r in Flush()) yield return r;
        }
        foreach (var r in Flush()) yield return r;

        IEnumerable<(T, IReadOnlyList<ScreeningHit>)> Flush()
        {
            if (chunk.Count == 0) yield break;
            var local = chunk;
            Parallel.For(0, local.Count, parallel, i => results[i] = local[i].Query is { } q ? screener.Search(q, options) : []);
            for (var i = 0; i < local.Count; i++) yield return (local[i].Item, results[i]);
            chunk = new List<(T Item, ScreeningQuery? Query)>(ChunkSize);
        }
    }
}
