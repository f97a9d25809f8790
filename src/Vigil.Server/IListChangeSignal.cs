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
