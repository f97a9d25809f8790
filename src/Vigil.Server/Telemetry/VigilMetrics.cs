using System.Diagnostics.Metrics;
using Vigil.Workflows.Alerts;
using Vigil.Workflows.Screening;

namespace Vigil.Server.Telemetry;

/// <summary>Vigil's own instruments on the meter <see cref="MeterName"/>: screenings by kind, alerts, the index generation and
/// the age of each list. Exported by OpenTelemetry (Prometheus at <c>/metrics</c>); see docs/operations.md for the names.</summary>
public sealed class VigilMetrics : IDisposable
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "Vigil.Server";

    /// <summary>How long an alert count read from the store is reused: a scrape must not scan the alerts each time.</summary>
    private static readonly TimeSpan AlertCountLifetime = TimeSpan.FromSeconds(30);

    private readonly Meter _meter;
    private readonly Counter<long> _screenings;
    private readonly LiveIndex _index;
    private readonly AlertService _alerts;
    private readonly ListAgeLimits _limits;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private (DateTimeOffset At, long Total, long Open)? _alertCounts;

    public VigilMetrics(IMeterFactory meters, LiveIndex index, AlertService alerts, ListAgeLimits limits, TimeProvider time, IndexFreshness freshness)
    {
        _index = index;
        _alerts = alerts;
        _limits = limits;
        _time = time;
        _meter = meters.Create(MeterName);
        _screenings = _meter.CreateCounter<long>("vigil.screenings", "{screening}",
            "Screening calls answered successfully, by kind: search, screen (a batch), text, match (yente /match and reconciliation)");
        _meter.CreateObservableGauge("vigil.index.generation", () => (long)_index.Swaps, "{index}",
            "How many indexes this process has built and swapped in; it moves when a new list version becomes active");
        _meter.CreateObservableGauge("vigil.index.entities", () => (long)(_index.Current?.Screener.Index.Entities.Count ?? 0), "{entity}",
            "Entities in the live index");
        _meter.CreateObservableGauge("vigil.index.age", () => _index.Current is { } s ? Math.Max(0, (_time.GetUtcNow() - s.BuiltAt).TotalSeconds) : 0, "s",
            "Seconds since the served index was built");
        _meter.CreateObservableGauge("vigil.index.behind", () => freshness.Behind(_time.GetUtcNow()).TotalSeconds, "s",
            "How long the served index has differed from the store's active list versions (a list loaded on another node or " +
            "process not yet built in); 0 when in step");
        _meter.CreateObservableCounter("vigil.index.refresh.failures", () => freshness.Failures, "{failure}",
            "Failed reads of the store's active versions or index builds; the served index stays and the check is retried");
        _meter.CreateObservableGauge("vigil.list.age", ListAges, "s",
            "Age of each source's active version: from its publication date, or its load time when the files carry none");
        _meter.CreateObservableCounter("vigil.alerts.raised", () => AlertCounts().Total, "{alert}",
            "Alerts raised in the store since it was created (any process: serve, sync, the CLI)");
        _meter.CreateObservableGauge("vigil.alerts.open", () => AlertCounts().Open, "{alert}", "Alerts waiting for a decision");
    }

    /// <summary>Counts one successful screening call of <paramref name="kind"/>.</summary>
    public void Screened(string kind) => _screenings.Add(1, new KeyValuePair<string, object?>("kind", kind));

    private IEnumerable<Measurement<double>> ListAges()
    {
        if (_index.Current is not { } snapshot) yield break;
        foreach (var age in ListAge.Of(snapshot.Versions, _limits, _time.GetUtcNow()))
            yield return new Measurement<double>(age.AgeSeconds,
                new KeyValuePair<string, object?>("source", age.Source), new KeyValuePair<string, object?>("version", age.Version));
    }

    private (long Total, long Open) AlertCounts()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_alertCounts is { } c && now - c.At < AlertCountLifetime) return (c.Total, c.Open);
            try
            {
                // Alerts are never deleted, so the number stored is the number raised: a counter that survives restarts.
                var all = _alerts.List();
                long open = 0;
                foreach (var a in all) if (a.State == "open") open++;
                _alertCounts = (now, all.Count, open);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or System.Data.Common.DbException or Workflows.VigilException)
            {
                // The store is busy or unreadable: report the last counts rather than failing the scrape.
                _alertCounts ??= (now, 0, 0);
            }
            return (_alertCounts.Value.Total, _alertCounts.Value.Open);
        }
    }

    public void Dispose() => _meter.Dispose();
}
