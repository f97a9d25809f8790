namespace Vigil.Store;

/// <summary>
/// Announcements that a list's active version changed on some node, so a node can reload its index at once instead of
/// at its next poll. Optional: a node that has none (SQLite) relies on polling alone, and so does one whose feed is down.
/// </summary>
/// <remarks>
/// An announcement only says "check now": the store, not the feed, says which versions are active. Announcements made
/// while nobody waits are kept (a few dozen at most), so one arriving between two waits is not lost; after the feed
/// reconnects it announces <see cref="AnySource"/>, since changes made while it was away were not heard.
/// </remarks>
public interface IListChangeFeed : IAsyncDisposable
{
    /// <summary>The source announced when which lists changed is not known (after a reconnect).</summary>
    const string AnySource = "*";

    /// <summary>Waits for the next announcement and returns the source whose active version changed (or <see cref="AnySource"/>).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<string> WaitAsync(CancellationToken cancellationToken);

    /// <summary>Raised from the feed's own loop when its connection is lost or a reconnect fails (with the error), and when
    /// it listens again after that (with null), so the owner can log the outage; handlers must return quickly.</summary>
    event Action<Exception?>? ConnectionChanged;
}
