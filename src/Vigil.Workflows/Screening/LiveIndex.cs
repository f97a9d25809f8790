using Vigil.Core.Lists;

namespace Vigil.Workflows.Screening;

/// <summary>
/// The index a long-running service screens with, kept in step with the store: when a new list version becomes active
/// (loaded by this process or by <c>vigil lists load</c> in another), a new index is built in the background and then
/// swapped in as a whole.
/// </summary>
/// <remarks>
/// <para>Every request reads <see cref="Current"/> once and uses that snapshot to the end, so requests in flight during a
/// swap finish on the old index and later ones start on the new one; no request sees a mix, and once an index exists
/// there is always one (a failed rebuild keeps the old index and is retried on the next change).</para>
/// <para>Polling costs one small query (the active versions) per <see cref="PollInterval"/>.</para>
/// </remarks>
public sealed class LiveIndex : IDisposable
{
    /// <summary>How often the store's active versions are compared with the index's.</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(1);

    private readonly VigilHome _home;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile IndexSnapshot? _current;
    private Task? _loop;
    private string? _failedKey;

    /// <summary>A live index of the home's active lists, scored by <paramref name="profile"/> (null: the profile
    /// <c>vigil.json</c> names when each index is built, else the shipped one).</summary>
    public LiveIndex(VigilHome home, TimeProvider time, TimeSpan? pollInterval = null, Core.Matching.ScoringProfile? profile = null)
    {
        _home = home;
        Profile = profile;
        _time = time;
        PollInterval = pollInterval ?? DefaultPollInterval;
    }

    public TimeSpan PollInterval { get; }

    /// <summary>The profile given at construction; null when each build takes the one <c>vigil.json</c> names.</summary>
    public Core.Matching.ScoringProfile? Profile { get; }

    /// <summary>The index to screen with, or null until the first one is built (no list loaded yet, or still building).</summary>
    public IndexSnapshot? Current => _current;

    /// <summary>The last rebuild failure, for the readiness probe; null after a success.</summary>
    public string? LastError { get; private set; }

    /// <summary>How many indexes were swapped in since start.</summary>
    public int Swaps { get; private set; }

    /// <summary>Raised after a new index was swapped in.</summary>
    public event Action<IndexSnapshot>? Swapped;

    /// <summary>Builds the first index in the background (if lists are loaded) and starts polling.</summary>
    public void Start()
    {
        if (_loop is not null) throw new InvalidOperationException("the live index is already started");
        _loop = Task.Run(() => PollAsync(_stop.Token));
    }

    /// <summary>Checks the store now and, when the active versions changed, builds and swaps in a new index.</summary>
    /// <returns>True when a new index was swapped in.</returns>
    public async Task<bool> RefreshAsync(CancellationToken cancel = default)
    {
        await _refresh.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            var active = new ListCatalog(_home).Active();
            var key = KeyOf(active);
            if (active.Count == 0 || key == _current?.Key || key == _failedKey) return false;
            try
            {
                var loader = IndexLoader.Load(_home, Profile);
                // The loader read its own snapshot; it may already be newer than 'active', which is fine: it is consistent.
                var snapshot = new IndexSnapshot(loader.Lists.Versions, loader.Screener, _time.GetUtcNow());
                _current = snapshot;
                Swaps++;
                LastError = null;
                _failedKey = null;
                Swapped?.Invoke(snapshot);
                return true;
            }
            catch (Exception ex) when (ex is VigilException or IOException or InvalidOperationException or System.Text.Json.JsonException)
            {
                _failedKey = key;
                LastError = $"building the index for {key} failed: {ex.Message}";
                return false;
            }
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task PollAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(PollInterval, _time);
        do
        {
            try
            {
                await RefreshAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database could not be read (locked for longer than the busy timeout, disk trouble): keep the
                // current index and try again on the next tick. The loop must outlive any one failure.
                LastError = $"checking the store for new list versions failed: {ex.Message}";
            }
        }
        while (await WaitAsync(timer, stop).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Active versions as a key, for callers that compare with <see cref="IndexSnapshot.Key"/>.</summary>
    public static string KeyOf(IReadOnlyList<ListVersion> versions) => string.Join(",", versions.Select(v => $"{v.Source}:{v.Id}"));

    public void Dispose()
    {
        _stop.Cancel();
        try { _loop?.Wait(TimeSpan.FromSeconds(30)); }
        catch (AggregateException) { /* the loop ends by cancellation */ }
        _stop.Dispose();
        _refresh.Dispose();
    }
}
