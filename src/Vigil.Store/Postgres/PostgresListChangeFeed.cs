using System.Threading.Channels;
using Npgsql;
using Vigil.Store.Sql;

namespace Vigil.Store.Postgres;

/// <summary>
/// <c>LISTEN vigil_lists</c> on a dedicated connection; the store sends <c>NOTIFY vigil_lists, 'source'</c> in the
/// transaction that makes a list version active, so the announcement arrives only if that transaction commits.
/// </summary>
/// <remarks>
/// A background loop keeps the connection: when it is lost it reconnects (waiting 0.5 s, doubling to 10 s) and then
/// announces <see cref="IListChangeFeed.AnySource"/>, because notifications sent meanwhile were not heard.
/// </remarks>
internal sealed class PostgresListChangeFeed : IListChangeFeed
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    private readonly string _connectionString;
    private readonly Channel<string> _announced = Channel.CreateBounded<string>(
        new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = false, SingleWriter = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _loop;

    public PostgresListChangeFeed(string connectionString)
    {
        // The listener must not be a pooled connection another caller could get back mid-LISTEN.
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Completes once the first <c>LISTEN</c> is in place (tests wait for it before notifying).</summary>
    internal Task Listening => _listening.Task;

    /// <inheritdoc/>
    public event Action<Exception?>? ConnectionChanged;

    public async Task<string> WaitAsync(CancellationToken cancellationToken) =>
        await _announced.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);

    private async Task RunAsync()
    {
        var backoff = TimeSpan.FromMilliseconds(500);
        var connectedBefore = false;
        var failing = false;
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_connectionString);
                connection.Notification += (_, e) => _announced.Writer.TryWrite(e.Payload);
                await connection.OpenAsync(_stop.Token).ConfigureAwait(false);
                await using (var listen = connection.CreateCommand())
                {
                    listen.CommandText = $"LISTEN {PostgresDialect.ListChannel}";
                    await listen.ExecuteNonQueryAsync(_stop.Token).ConfigureAwait(false);
                }
                if (connectedBefore) _announced.Writer.TryWrite(IListChangeFeed.AnySource);
                if (failing) Raise(null);
                connectedBefore = true;
                failing = false;
                backoff = TimeSpan.FromMilliseconds(500);
                _listening.TrySetResult();
                while (!_stop.IsCancellationRequested) await connection.WaitAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                if (_stop.IsCancellationRequested) return;
                // The server went away or refused us (or anything else broke the connection): try again, never end the
                // loop; polling covers the gap.
                failing = true;
                Raise(ex);
                try { await Task.Delay(backoff, _stop.Token).ConfigureAwait(false); }
                catch (OperationCanceledException) { return; }
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    private void Raise(Exception? error)
    {
        try
        {
            ConnectionChanged?.Invoke(error);
        }
        catch (Exception)
        {
            // A handler's fault must not stop the listener.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try { await _loop.ConfigureAwait(false); }
        catch (OperationCanceledException) { /* stopped */ }
        _announced.Writer.TryComplete();
        _stop.Dispose();
    }
}
