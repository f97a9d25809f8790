using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigil.Workflows.Sync;

namespace Vigil.Server;

/// <summary>
/// <c>vigil serve --sync-every 6h</c>: a round of <see cref="SyncScheduler"/> (sync every source, rescreen the customer
/// register, deliver webhooks) at start-up and then every interval. A failed round is logged and the next one tries again;
/// nothing it throws stops the server. A version it loads reaches the index through <see cref="Workflows.Screening.LiveIndex"/>.
/// </summary>
internal sealed class SyncService(ServerSettings settings, TimeProvider time, ILogger<SyncService> logger) : BackgroundService
{
    /// <summary>Rounds finished (failed or not), for tests and diagnostics.</summary>
    public int Rounds => _rounds;

    private int _rounds;

    /// <summary>What the last round did per source (empty before the first one ends).</summary>
    public IReadOnlyList<SourceSyncReport> LastReports { get; private set; } = [];

    /// <summary>The error that ended the last round early; null when it finished.</summary>
    public string? LastError { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.SyncEvery is not { } every) return;
        await Task.Yield(); // the first round (file reads, a rescreen) must not hold up the host's start
        logger.LogInformation("list sync every {Interval} (vigil.json 'sources' for the URLs)", every);
        var scheduler = new SyncScheduler(settings.Home, time);
        using var timer = new PeriodicTimer(every, time);
        do
        {
            await RoundAsync(scheduler, stoppingToken).ConfigureAwait(false);
        }
        while (await Tick(timer, stoppingToken).ConfigureAwait(false));
    }

    private async Task RoundAsync(SyncScheduler scheduler, CancellationToken stoppingToken)
    {
        try
        {
            await scheduler.RunOnceAsync(stoppingToken).ConfigureAwait(false);
            LastReports = scheduler.LastReports;
            LastError = null;
            foreach (var report in scheduler.LastReports)
            {
                if (report.Status == SyncStatus.Failed)
                    logger.LogWarning("sync {Source}: failed: {Message} (the active version stays)", report.Source, report.Message);
                else
                    logger.LogInformation("sync {Source}: {Status}: {Message}", report.Source, report.Status, report.Message);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
#pragma warning disable CA1031 // A background round must never take the server down; the error is logged and the next round retries.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LastError = ex.Message;
            logger.LogError(ex, "sync round failed: {Message}; the next round tries again", ex.Message);
        }
        finally
        {
            Interlocked.Increment(ref _rounds);
        }
    }

    private static async Task<bool> Tick(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
