using Microsoft.Extensions.Logging;
using Vigil.Store;

namespace Vigil.Workflows;

/// <summary>
/// A serve node's ear on the shared PostgreSQL database: completes <see cref="WaitAsync"/> when any node (or
/// <c>vigil lists load</c> anywhere) made a list version active, so the node re-reads the active versions at once instead
/// of at its next poll. Built on <see cref="VigilHome.OpenListChangeFeed"/>; <see cref="Open"/> gives null on SQLite.
/// </summary>
/// <remarks>
/// It never fails its owner: when the database cannot be reached at start the feed is opened again in the background
/// (1 s, doubling to 30 s) and <see cref="WaitAsync"/> just waits meanwhile; a lost LISTEN connection is reconnected by
/// the feed (0.5 s doubling to 10 s), which then announces "check now", since changes made meanwhile were not heard; so
/// does the first wait after the feed opens.
/// The first failure of an outage is logged as a warning, the following attempts at debug level, the recovery as
/// information. The owner keeps polling throughout; this only shortens the wait.
/// </remarks>
public sealed class ListChangeListener : IAsyncDisposable
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetry = TimeSpan.FromSeconds(30);

    private readonly VigilHome _home;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<IListChangeFeed?> _feed;
    private int _failing; // 1 while the LISTEN connection is down (written by the feed's loop)
    private int _opened; // 1 from opening the feed until the first wait after it
    private int _disposed;

    private ListChangeListener(VigilHome home, ILogger logger)
    {
        _home = home;
        _logger = logger;
        _feed = Task.Run(OpenAsync);
    }

    /// <summary>Starts listening when the home's store is PostgreSQL; null on SQLite (one node: nothing to hear).</summary>
    /// <exception cref="VigilException"><c>vigil.json</c> cannot be read to choose the database.</exception>
    public static ListChangeListener? Open(VigilHome home, ILogger logger) =>
        home.StoreLocation() is null ? null : new ListChangeListener(home, logger);

    /// <summary>Completes at the next announcement that a list's active version may have changed; waits (cancellably) while
    /// the database cannot be reached.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was cancelled, or the listener was disposed.</exception>
    public async Task WaitAsync(CancellationToken cancel)
    {
        var feed = await _feed.WaitAsync(cancel).ConfigureAwait(false);
        if (feed is null) // disposed before it could open
        {
            await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false);
            return;
        }
        // Changes made before the LISTEN was in place (while the database was down, or between the owner's first read
        // and now) were not heard: the first wait after opening says "check now".
        if (Interlocked.Exchange(ref _opened, 0) == 1) return;
        await feed.WaitAsync(cancel).ConfigureAwait(false);
    }

    private async Task<IListChangeFeed?> OpenAsync()
    {
        var wait = FirstRetry;
        var attempts = 0;
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var feed = _home.OpenListChangeFeed()!;
                feed.ConnectionChanged += Changed;
                Volatile.Write(ref _opened, 1);
                if (attempts > 0) _logger.LogInformation("listening for list changes on the database after {Attempts} failed attempts", attempts);
                return feed;
            }
            catch (VigilException ex)
            {
                attempts++;
                if (attempts == 1)
                    _logger.LogWarning("cannot listen for list changes yet: {Error}; polling meanwhile and trying again (every {Max} s at most)",
                        ex.Message, MaxRetry.TotalSeconds);
                else _logger.LogDebug("listening for list changes: attempt {Attempt} failed: {Error}", attempts, ex.Message);
            }
            try { await Task.Delay(wait, _stop.Token).ConfigureAwait(false); }
            catch (OperationCanceledException) { return null; }
            wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, MaxRetry.Ticks));
        }
        return null;
    }

    /// <summary>The feed's connection state: an error when it drops or a reconnect fails, null when it listens again.</summary>
    private void Changed(Exception? error)
    {
        if (error is null)
        {
            if (Interlocked.Exchange(ref _failing, 0) == 1)
                _logger.LogInformation("the LISTEN connection for list changes is back; checking the active list versions now");
            return;
        }
        if (Interlocked.Exchange(ref _failing, 1) == 0)
            _logger.LogWarning("the LISTEN connection for list changes is lost: {Error}; polling meanwhile and reconnecting (every 10 s at most)",
                error.Message);
        else _logger.LogDebug("the LISTEN connection for list changes: reconnecting failed: {Error}", error.Message);
    }

    /// <summary>Stops listening: closes the LISTEN connection, or stops trying to open it. Once; later calls do nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stop.CancelAsync().ConfigureAwait(false);
        var feed = await _feed.ConfigureAwait(false);
        if (feed is not null)
        {
            feed.ConnectionChanged -= Changed;
            await feed.DisposeAsync().ConfigureAwait(false);
        }
        _stop.Dispose();
    }
}
