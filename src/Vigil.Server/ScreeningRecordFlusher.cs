using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigil.Workflows.Audit;

namespace Vigil.Server;

/// <summary>Writes the screening records the API queued (<see cref="ScreeningRecorder.Flush"/>) every <see cref="Interval"/>
/// and once more when the server stops, so a request never waits for the disk and a clean stop loses nothing.</summary>
internal sealed class ScreeningRecordFlusher(ScreeningRecorder recorder, ILogger<ScreeningRecordFlusher> logger) : BackgroundService
{
    /// <summary>How long a record may wait in memory: what a crash (not a clean stop) can lose.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) FlushLogged();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the final flush follows.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        FlushLogged();
    }

    private void FlushLogged()
    {
        try
        {
            recorder.Flush();
        }
        catch (Exception ex) when (ex is Workflows.VigilException or IOException or System.Data.Common.DbException)
        {
            // Kept in memory and written first next time.
            logger.LogError(ex, "screening records: {Count} not written yet: {Message}", recorder.Queued, ex.Message);
        }
    }
}
