using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigil.Workflows;
using Vigil.Workflows.Screening;

namespace Vigil.Server;

/// <summary>
/// Keeps the <see cref="LiveIndex"/> in step with the store, whoever changed it: this server, <c>vigil lists load</c> in
/// another process, or another <c>vigil serve</c> node on the same database. Every <see cref="ServerSettings.ListPollInterval"/>
/// (or earlier, when the optional <see cref="IListChangeSignal"/> fires) it reads the active versions (one small query);
/// when they differ from the served index's, it builds a new index here, off the request path, and swaps it in whole.
/// </summary>
/// <remarks>
/// Requests during a rebuild are answered by the old index. A failed read or build keeps the old index, is logged as an
/// error and is tried again on the next tick, then at doubling intervals up to <see cref="MaxRetryInterval"/> so that a
/// build failing for good (a broken profile) does not rebuild without pause. <see cref="IndexFreshness"/> records what
/// was seen for <c>/readyz</c> and the metrics.
/// </remarks>
internal sealed class ListVersionWatcher(
    LiveIndex index, ServerSettings settings, IListChangeSignal signal, IndexFreshness freshness, TimeProvider time,
    ILogger<ListVersionWatcher> logger) : BackgroundService
{
    /// <summary>The longest wait between retries after failures in a row.</summary>
    public static readonly TimeSpan MaxRetryInterval = TimeSpan.FromMinutes(1);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        index.Swapped += snapshot => logger.LogInformation(
            "index ready: {Entities} entities from {Versions} (store {Home})",
            snapshot.Screener.Index.Entities.Count, snapshot.Key, settings.Home.Directory);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // the first build (seconds for large lists) must not hold up the host's start
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                failures = await CheckAsync(stoppingToken) ? 0 : failures + 1;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            if (!await WaitAsync(Interval(failures), stoppingToken)) return;
        }
    }

    /// <summary>The wait before the next check: the poll interval, doubled per failure in a row up to <see cref="MaxRetryInterval"/>.</summary>
    internal TimeSpan Interval(int failures)
    {
        var poll = settings.ListPollInterval;
        if (failures <= 1) return poll;
        var cap = poll > MaxRetryInterval ? poll : MaxRetryInterval;
        var doubled = poll.Ticks * Math.Pow(2, Math.Min(failures - 1, 30));
        return doubled >= cap.Ticks ? cap : TimeSpan.FromTicks((long)doubled);
    }

    /// <summary>Reads the store's active versions and, when the served index differs, rebuilds and swaps it.</summary>
    /// <returns>False when the read or the build failed (the served index stays).</returns>
    private async Task<bool> CheckAsync(CancellationToken stop)
    {
        string storeKey;
        bool any;
        try
        {
            var active = new ListCatalog(settings.Home).Active();
            (storeKey, any) = (LiveIndex.KeyOf(active), active.Count > 0);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database is locked beyond its busy timeout, down, or unreadable: serve what we have and try again.
            if (StoreOutage.Describe(ex, settings.Home) is { } outage)
            {
                // Expected while the database is down: one line, no stack trace; /readyz says not ready until a read succeeds.
                freshness.Unreachable(outage, time.GetUtcNow());
                freshness.Failed($"reading the active list versions failed: {outage}");
                logger.LogError("store unavailable: {Error}; still serving {Served}, trying again on the next check", outage, index.Current?.Key ?? "nothing");
                return false;
            }
            Fail($"reading the active list versions failed: {ex.Message}", ex);
            return false;
        }
        var served = index.Current?.Key;
        var inStep = !any || storeKey == served;
        freshness.Checked(storeKey, inStep, time.GetUtcNow());
        if (inStep) return true;

        logger.LogInformation("list versions changed in the store: serving {Served}, active {Active}; building a new index",
            served ?? "none", storeKey);
        var clock = Stopwatch.StartNew();
        try
        {
            var swapped = await index.RefreshAsync(stop).ConfigureAwait(false);
            if (swapped || index.Current?.Key == storeKey)
            {
                freshness.InStep(index.Current!.Key);
                if (swapped) logger.LogInformation("index swapped to {Versions} after {Seconds:0.0} s", index.Current.Key, clock.Elapsed.TotalSeconds);
                return true;
            }
            Fail(index.LastError ?? $"building the index for {storeKey} did not finish", null);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Fail($"building the index for {storeKey} failed: {ex.Message}", ex);
            return false;
        }
    }

    private void Fail(string error, Exception? ex)
    {
        freshness.Failed(error);
        logger.LogError(ex, "{Error}; still serving {Served}, trying again on the next check", error, index.Current?.Key ?? "nothing");
    }

    /// <summary>Waits <paramref name="interval"/> or until the signal fires; false when the host is stopping.</summary>
    private async Task<bool> WaitAsync(TimeSpan interval, CancellationToken stop)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var delay = Task.Delay(interval, time, wake.Token);
        Task signalled;
        try
        {
            signalled = signal.WaitForChangeAsync(wake.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            signalled = Task.FromException(ex);
        }
        var first = await Task.WhenAny(delay, signalled).ConfigureAwait(false);
        if (first == signalled && signalled.IsFaulted)
        {
            // A broken signal (a dropped LISTEN connection) must not turn into a busy loop: fall back to the poll.
            logger.LogWarning(signalled.Exception?.GetBaseException(), "the list change signal failed; polling every {Interval}", interval);
            try { await delay.ConfigureAwait(false); }
            catch (OperationCanceledException) { return false; }
        }
        await wake.CancelAsync().ConfigureAwait(false);
        try { await Task.WhenAll(delay, signalled).ConfigureAwait(false); }
        catch (Exception) { /* cancelled on purpose, or the fault logged above */ }
        return !stop.IsCancellationRequested;
    }
}
