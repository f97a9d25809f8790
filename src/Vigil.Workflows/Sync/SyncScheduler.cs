using Vigil.Workflows.Customers;
using Vigil.Workflows.Webhooks;

namespace Vigil.Workflows.Sync;

/// <summary>
/// What <c>vigil serve --sync-every 6h</c> runs on a schedule: sync every source, bring the customer register up to date
/// with what changed, deliver pending webhook events. Meant to be driven by a hosted service:
/// <c>await scheduler.RunEveryAsync(TimeSpan.FromHours(6), stoppingToken)</c>.
/// </summary>
public sealed class SyncScheduler(VigilHome home, TimeProvider time)
{
    /// <summary>Reports of the last round, for a status endpoint.</summary>
    public IReadOnlyList<SourceSyncReport> LastReports { get; private set; } = [];

    /// <summary>One round: sync, rescreen, deliver. Failures of a source are in the reports, never thrown.</summary>
    public async Task RunOnceAsync(CancellationToken cancel)
    {
        LastReports = await new ListSync(home, time).RunAsync(null, null, cancel).ConfigureAwait(false);
        new RegisterScreening(home, time).CatchUp();
        await new WebhookSender(home, time).DeliverAsync(cancel).ConfigureAwait(false);
    }

    /// <summary>Runs a round now and then every <paramref name="interval"/> until cancelled.</summary>
    public async Task RunEveryAsync(TimeSpan interval, CancellationToken cancel)
    {
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await RunOnceAsync(cancel).ConfigureAwait(false);
            }
            catch (VigilException)
            {
                // Reported through LastReports and the audit log; the next round tries again.
            }
        }
        while (await timer.WaitForNextTickAsync(cancel).ConfigureAwait(false));
    }

    /// <summary>Reads <c>6h</c>, <c>30m</c>, <c>90s</c>, <c>1d</c> (the <c>--sync-every</c> value).</summary>
    public static TimeSpan ParseInterval(string text)
    {
        var t = text.Trim();
        if (t.Length >= 2 && double.TryParse(t[..^1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            switch (char.ToLowerInvariant(t[^1]))
            {
                case 's': return TimeSpan.FromSeconds(n);
                case 'm': return TimeSpan.FromMinutes(n);
                case 'h': return TimeSpan.FromHours(n);
                case 'd': return TimeSpan.FromDays(n);
            }
        }
        throw new VigilException($"'{text}' is not an interval such as 6h, 30m, 90s or 1d");
    }
}
