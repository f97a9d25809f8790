using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigil.Workflows.Pipeline;
using Vigil.Workflows.Screening;
using Vigil.Workflows.Sync;

namespace Vigil.Server;

/// <summary>
/// <c>vigil serve --sync-every 6h</c>: runs <see cref="SyncScheduler"/> (each round is the update pipeline: sync every
/// source, index snapshot, register rescreen, webhooks) and logs what each round did. A failed round is logged and the
/// next one tries again; nothing it throws stops the server. A version it loads reaches the index through
/// <see cref="Workflows.Screening.LiveIndex"/>. A version that removes too many entries or is older than the active one is
/// held and logged as a warning, never accepted here (<c>GET /api/v1/lists/pending</c> shows it; <c>vigil lists accept</c> decides).
/// </summary>
internal sealed class SyncService(ServerSettings settings, TimeProvider time, LiveIndex index, ILogger<SyncService> logger) : BackgroundService
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
        await new SyncScheduler(settings.Home, time, index.Profile).RunEveryAsync(every, Log, stoppingToken).ConfigureAwait(false);
    }

    private void Log(SyncRound round)
    {
        if (round.Result is { } result)
        {
            LastReports = result.Sources;
            LastError = null;
            Log(result);
        }
        else
        {
            LastError = round.Error?.Message;
            logger.LogError(round.Error, "sync round failed: {Message}; the next round tries again", round.Error?.Message);
        }
        Interlocked.Increment(ref _rounds);
    }

    private void Log(UpdateResult result)
    {
        foreach (var report in result.Sources)
        {
            if (report.Status == SyncStatus.Failed)
                logger.LogWarning("sync {Source}: failed: {Message} (the active version stays)", report.Source, report.Message);
            else if (report.Status == SyncStatus.Held)
                logger.LogWarning("sync {Source}: held for an operator, not activated: {Message}", report.Source, report.Message);
            else
                logger.LogInformation("sync {Source}: {Status}: {Message}", report.Source, report.Status, report.Message);
        }
        if (result.Snapshot is { } snapshot)
            logger.LogInformation("screening index snapshot ready ({Seconds:0.00} s)", snapshot.TotalSeconds);
        foreach (var job in result.Jobs)
        {
            logger.LogInformation("screening job {Job} ({Kind}, lists {Lists}): {Customers} customers: {Raised} alerts raised, {Reopened} re-opened, {Closed} closed",
                job.Id, job.Kind, job.ListKey, job.CustomersDone, job.Raised, job.Reopened, job.Closed);
        }
        if (result.Webhooks is { } webhooks && webhooks.Delivered + webhooks.Failed > 0)
        {
            logger.LogInformation("webhooks: {Delivered} delivered, {Failed} failed, {Pending} pending", webhooks.Delivered, webhooks.Failed, webhooks.Pending);
            foreach (var error in webhooks.Errors) logger.LogWarning("webhooks: {Error}", error);
        }
    }
}
