using Vigil.Core.Matching;
using Vigil.Workflows.Pipeline;

namespace Vigil.Workflows.Sync;

/// <summary>
/// The loop of <c>vigil serve --sync-every 6h</c>: a round of <see cref="UpdatePipeline.SyncAsync"/> (sync every source,
/// index snapshot, register rescreen, webhook delivery) at once and then every interval, until cancelled.
/// </summary>
public sealed class SyncScheduler(VigilHome home, TimeProvider time, ScoringProfile? profile = null)
{
    /// <summary>
    /// Runs a round now and then every <paramref name="interval"/>; <paramref name="roundDone"/> hears each round's result or
    /// error. A round that fails never ends the loop (the next round tries again); cancelling ends it without an exception.
    /// </summary>
    public async Task RunEveryAsync(TimeSpan interval, Action<SyncRound> roundDone, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(roundDone);
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            if (await RoundAsync(cancel).ConfigureAwait(false) is not { } round) return;
            roundDone(round);
        }
        while (await TickAsync(timer, cancel).ConfigureAwait(false));
    }

    /// <summary>One round; null when it was cancelled.</summary>
    private async Task<SyncRound?> RoundAsync(CancellationToken cancel)
    {
        try
        {
            return new SyncRound(await new UpdatePipeline(home, time, profile).SyncAsync(null, null, cancel).ConfigureAwait(false), null);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return null;
        }
#pragma warning disable CA1031 // A background round must never end the loop (or the host running it); the caller logs the error.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new SyncRound(null, ex);
        }
    }

    private static async Task<bool> TickAsync(PeriodicTimer timer, CancellationToken cancel)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancel).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
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
