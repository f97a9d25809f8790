using System.Collections.Concurrent;
using Vigil.Core.FreeText;
using Vigil.Core.Screening;
using Vigil.Workflows.Screening;

namespace Vigil.Server.Text;

/// <summary>
/// One <see cref="FreeTextScreener"/> per index generation and list selection: it pools its buffers, so it is kept while
/// the index lives and replaced when <see cref="LiveIndex"/> swaps in a new one. Thread-safe.
/// </summary>
internal sealed class TextScreeners
{
    private Generation? _current;

    /// <summary>The screener over <paramref name="snapshot"/>'s index (built on first use after a swap).</summary>
    public FreeTextScreener For(IndexSnapshot snapshot) => For(snapshot, snapshot.Screener);

    /// <summary>The free-text screener over <paramref name="screener"/>, one of <paramref name="snapshot"/>'s (the whole
    /// index, or a list selection's from <see cref="IndexSnapshot.For"/>).</summary>
    public FreeTextScreener For(IndexSnapshot snapshot, Screener screener)
    {
        var current = Volatile.Read(ref _current);
        if (current is null || !ReferenceEquals(current.Snapshot, snapshot))
        {
            var next = new Generation(snapshot);
            // A request still on an older snapshot must not put its generation back over a newer one.
            if (current is null || current.Snapshot.BuiltAt <= snapshot.BuiltAt) Interlocked.CompareExchange(ref _current, next, current);
            current = ReferenceEquals(Volatile.Read(ref _current)?.Snapshot, snapshot) ? Volatile.Read(ref _current)! : next;
        }
        // Selections the snapshot evicted leave their screener here; keep the dictionary as bounded as the snapshot's.
        if (current.Screeners.Count > IndexSnapshot.MaxSelections + 1 && !current.Screeners.ContainsKey(screener)) current.Screeners.Clear();
        return current.Screeners.GetOrAdd(screener, static s => new FreeTextScreener(s));
    }

    private sealed record Generation(IndexSnapshot Snapshot)
    {
        /// <summary>Keyed by screener object: the snapshot's whole index and each selection's (at most <see cref="IndexSnapshot.MaxSelections"/> + 1).</summary>
        public ConcurrentDictionary<Screener, FreeTextScreener> Screeners { get; } = new(ReferenceEqualityComparer.Instance);
    }
}
