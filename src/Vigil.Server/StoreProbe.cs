using Vigil.Workflows;

namespace Vigil.Server;

/// <summary>
/// Lets <c>/readyz</c> tell whether the store can be reached now, even when the list watcher polls rarely: when nothing
/// has read the store for <see cref="MaxAge"/>, the probe reads the active versions (one small query), one probe at a
/// time, and records the outcome in <see cref="IndexFreshness"/>; otherwise the last outcome stands.
/// </summary>
/// <remarks>A probe of an unreachable host waits for the driver's connect timeout (PostgreSQL: <c>connect_timeout</c>,
/// 15 s by default); a balancer's shorter check timeout counts that as not ready, which it is.</remarks>
internal sealed class StoreProbe(ServerSettings settings, IndexFreshness freshness, TimeProvider time) : IDisposable
{
    /// <summary>How old the last contact with the store may be before a probe reads it again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>Reads the store unless it was contacted within <see cref="MaxAge"/>; never throws for an outage.</summary>
    public async Task CheckAsync(CancellationToken cancel)
    {
        if (Recent()) return;
        await _one.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            if (Recent()) return; // another probe just did it
            try
            {
                await Task.Run(() => new ListCatalog(settings.Home).Active(), cancel).ConfigureAwait(false);
                freshness.Reachable(time.GetUtcNow());
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Any other failure is the watcher's to report (it reads the same versions); readiness is about reaching the store.
                if (StoreOutage.Describe(ex, settings.Home) is { } outage) freshness.Unreachable(outage, time.GetUtcNow());
            }
        }
        finally
        {
            _one.Release();
        }
    }

    public void Dispose() => _one.Dispose();

    private bool Recent() => freshness.ContactedAt is { } at && time.GetUtcNow() - at < MaxAge;
}
