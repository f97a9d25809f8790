using Vigil.Workflows;

namespace Vigil.Server;

/// <summary>
/// An optional early wake-up for <see cref="ListVersionWatcher"/>: something that learns a list version changed in the
/// store (PostgreSQL LISTEN/NOTIFY, a broker message) before the next poll would. The watcher never relies on it: it
/// polls the store anyway, so a lost or late signal only costs the poll interval.
/// </summary>
public interface IListChangeSignal
{
    /// <summary>Completes when the active list versions may have changed (a hint: the watcher then reads the store to see),
    /// or is cancelled by <paramref name="cancel"/>. A fault is logged and the watcher falls back to polling.</summary>
    Task WaitForChangeAsync(CancellationToken cancel);
}

/// <summary>No early signal (SQLite, or no notification channel configured): the watcher wakes only on its poll interval.</summary>
public sealed class NoListChangeSignal : IListChangeSignal
{
    public Task WaitForChangeAsync(CancellationToken cancel) => Task.Delay(Timeout.Infinite, cancel);
}

/// <summary>The PostgreSQL signal: <c>LISTEN vigil_lists</c> through <see cref="ListChangeListener"/>, so a list made active by
/// any node or process wakes this node's watcher at once. A dropped connection is reconnected (and logged) by the listener
/// while the watcher keeps polling; disposed with the host.</summary>
internal sealed class DatabaseListChangeSignal(ListChangeListener listener) : IListChangeSignal, IAsyncDisposable, IDisposable
{
    public Task WaitForChangeAsync(CancellationToken cancel) => listener.WaitAsync(cancel);

    public ValueTask DisposeAsync() => listener.DisposeAsync();

    /// <summary>For a container disposed synchronously (closing the connection is quick; nothing here needs a context).</summary>
    public void Dispose() => listener.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
