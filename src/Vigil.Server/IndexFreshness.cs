namespace Vigil.Server;

/// <summary>
/// What <see cref="ListVersionWatcher"/> last saw in the store, for <c>/readyz</c> and the metrics: the store's active
/// versions, since when the served index has lagged behind them, and the last failure. Thread-safe (one writer).
/// </summary>
public sealed class IndexFreshness
{
    private readonly Lock _gate = new();
    private State _state = new(null, null, null, null, 0, null, null, null);

    /// <summary>The store's active versions as a key (<c>ofac-sdn:3,un:4</c>) at the last check; null before the first.</summary>
    public string? StoreKey => Read().StoreKey;

    /// <summary>When the store was last read successfully; null before the first read.</summary>
    public DateTimeOffset? CheckedAt => Read().CheckedAt;

    /// <summary>Since when the served index has differed from the store's active versions; null while in step.</summary>
    public DateTimeOffset? BehindSince => Read().BehindSince;

    /// <summary>The last failure (reading the store or building the index); null after a success.</summary>
    public string? LastError => Read().LastError;

    /// <summary>Why the store could not be reached at the last check (<see cref="Workflows.StoreOutage"/>); null once it answers.</summary>
    public string? StoreError => Read().StoreError;

    /// <summary>Since when the store has been unreachable; null while it answers.</summary>
    public DateTimeOffset? StoreDownSince => Read().StoreDownSince;

    /// <summary>When the store was last read or tried (by the watcher or a readiness probe), whatever the outcome.</summary>
    public DateTimeOffset? ContactedAt => Read().ContactedAt;

    /// <summary>Rebuilds or store reads that failed since start.</summary>
    public long Failures => Read().Failures;

    /// <summary>Records a successful read of the store: its key, and whether the served index is that key.</summary>
    public void Checked(string storeKey, bool inStep, DateTimeOffset at)
    {
        lock (_gate)
            _state = _state with
            {
                StoreKey = storeKey, CheckedAt = at, BehindSince = inStep ? null : _state.BehindSince ?? at,
                LastError = inStep ? null : _state.LastError, // a build failure lasts until a build succeeds
                StoreError = null, StoreDownSince = null, ContactedAt = at,
            };
    }

    /// <summary>Records that the served index now matches the store (a swap, or another caller's refresh).</summary>
    public void InStep(string storeKey)
    {
        lock (_gate)
            _state = _state with { StoreKey = storeKey, BehindSince = null, LastError = null };
    }

    /// <summary>Records a failure; the served index stays as it is.</summary>
    public void Failed(string error)
    {
        lock (_gate)
            _state = _state with { LastError = error, Failures = _state.Failures + 1 };
    }

    /// <summary>Records that the store could not be reached (an outage, not another failure); <see cref="Checked"/> clears it.</summary>
    public void Unreachable(string error, DateTimeOffset at)
    {
        lock (_gate)
            _state = _state with { StoreError = error, StoreDownSince = _state.StoreDownSince ?? at, ContactedAt = at };
    }

    /// <summary>Records that the store answered a readiness probe (it says nothing about the versions).</summary>
    public void Reachable(DateTimeOffset at)
    {
        lock (_gate)
            _state = _state with { StoreError = null, StoreDownSince = null, ContactedAt = at };
    }

    /// <summary>How long the served index has lagged the store at <paramref name="now"/>; zero while in step.</summary>
    public TimeSpan Behind(DateTimeOffset now) => Read().BehindSince is { } since && now > since ? now - since : TimeSpan.Zero;

    private State Read()
    {
        lock (_gate) return _state;
    }

    private sealed record State(string? StoreKey, DateTimeOffset? CheckedAt, DateTimeOffset? BehindSince, string? LastError, long Failures,
        string? StoreError, DateTimeOffset? StoreDownSince, DateTimeOffset? ContactedAt);
}
