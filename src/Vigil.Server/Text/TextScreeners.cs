using Vigil.Core.FreeText;
using Vigil.Workflows.Screening;

namespace Vigil.Server.Text;

/// <summary>
/// One <see cref="FreeTextScreener"/> per index generation: it pools its buffers, so it is kept while the index lives and
/// replaced when <see cref="LiveIndex"/> swaps in a new one. Thread-safe.
/// </summary>
internal sealed class TextScreeners
{
    private Generation? _current;

    /// <summary>The screener over <paramref name="snapshot"/>'s index (built on first use after a swap).</summary>
    public FreeTextScreener For(IndexSnapshot snapshot)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && ReferenceEquals(current.Snapshot, snapshot)) return current.Screener;
        var next = new Generation(snapshot, new FreeTextScreener(snapshot.Screener));
        // A request still on an older snapshot must not put its screener back over a newer one.
        if (current is null || current.Snapshot.BuiltAt <= snapshot.BuiltAt) Interlocked.CompareExchange(ref _current, next, current);
        return next.Screener;
    }

    private sealed record Generation(IndexSnapshot Snapshot, FreeTextScreener Screener);
}
