using Vigil.Core.Lists;

namespace Vigil.Workflows.Screening;

/// <summary>
/// The index a long-running service screens with, kept in step with the store: when a new list version becomes active
/// (loaded by this process, by <c>vigil lists load</c> in another, or by another server on the same database), a new
/// index is built off the request path and then swapped in as a whole.
/// </summary>
/// <remarks>
/// <para>Every request reads <see cref="Current"/> once and uses that snapshot to the end, so requests in flight during a
/// swap finish on the old index and later ones start on the new one; no request sees a mix, and once an index exists
/// there is always one (a failed rebuild keeps the old index).</para>
/// <para>The caller decides when to look: the server's watcher (<c>ListVersionWatcher</c>) calls <see cref="RefreshAsync"/>
/// when the store's active versions differ from <see cref="Current"/>'s, and retries a failed build.</para>
/// </remarks>
public sealed class LiveIndex : IDisposable
{
    private readonly VigilHome _home;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile IndexSnapshot? _current;

    /// <summary>A live index of the home's active lists, scored by <paramref name="profile"/> (null: the profile
    /// <c>vigil.json</c> names when each index is built, else the shipped one).</summary>
    public LiveIndex(VigilHome home, TimeProvider time, Core.Matching.ScoringProfile? profile = null)
    {
        _home = home;
        Profile = profile;
        _time = time;
    }

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

    /// <summary>Checks the store now and, when the active versions differ from the index's, builds and swaps in a new index.</summary>
    /// <returns>True when a new index was swapped in; false when nothing changed, no list is loaded, or the build failed
    /// (<see cref="LastError"/> says why; the old index stays and the next call tries again).</returns>
    public async Task<bool> RefreshAsync(CancellationToken cancel = default)
    {
        await _refresh.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            var active = new ListCatalog(_home).Active();
            var key = KeyOf(active);
            if (active.Count == 0 || key == _current?.Key) return false;
            try
            {
                var loader = IndexLoader.Load(_home, Profile);
                // The loader read its own snapshot; it may already be newer than 'active', which is fine: it is consistent.
                var snapshot = new IndexSnapshot(loader.Lists.Versions, loader.Screener, _time.GetUtcNow());
                _current = snapshot;
                Swaps++;
                LastError = null;
                Swapped?.Invoke(snapshot);
                return true;
            }
            catch (Exception ex) when (ex is VigilException or IOException or InvalidOperationException or System.Text.Json.JsonException)
            {
                LastError = $"building the index for {key} failed: {ex.Message}";
                return false;
            }
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Active versions as a key, for callers that compare with <see cref="IndexSnapshot.Key"/>.</summary>
    public static string KeyOf(IReadOnlyList<ListVersion> versions) => string.Join(",", versions.Select(v => $"{v.Source}:{v.Id}"));

    public void Dispose() => _refresh.Dispose();
}
