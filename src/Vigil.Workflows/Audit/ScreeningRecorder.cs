using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Core.Lists;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Store;

namespace Vigil.Workflows.Audit;

/// <summary>
/// Proof of screening: writes one <see cref="ScreeningProof"/> per screened record or call — who, the input's SHA-256
/// and size (the input itself with <c>audit.store_screening_input</c>), the list versions, engine and profile, hits and
/// alerts — sealed into the audit chain; applies <c>audit.screening_retention_days</c>.
/// </summary>
/// <remarks>
/// Settings are read from <c>vigil.json</c> once per instance (the server keeps one for its lifetime). By default the
/// records of one call are written in one transaction with one audit entry before <see cref="Record"/> returns (the CLI).
/// <paramref name="deferred"/> (the server) queues them instead, stamped with the time of the screening, and
/// <see cref="Flush"/> writes everything queued as one batch: a commit costs a disk sync (some 35 ms on a busy disk,
/// some thirty times a search), which a request should not wait for. The server flushes every
/// <c>ScreeningRecordFlusher.Interval</c> and when it stops; a write that fails is kept and written first next time.
/// </remarks>
public sealed class ScreeningRecorder(VigilHome home, TimeProvider time, bool deferred = false)
{
    /// <summary>Past this many queued records, <see cref="Record"/> writes them itself (back-pressure when writes fail or lag).</summary>
    public const int MaxQueued = 100_000;

    private readonly ConcurrentQueue<ScreeningProof> _queued = new();
    private readonly Lock _writing = new();
    private List<ScreeningProof> _carried = [];

    /// <summary>How often one instance looks for records past the retention period.</summary>
    public static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Lazy<VigilConfig> _config = new(() => VigilConfig.Load(home));
    private long _nextPurge = long.MinValue;

    /// <summary>The engine whose scores the records vouch for (as on alerts).</summary>
    public static string EngineVersion => Customers.RegisterScreening.EngineVersion;

    /// <summary>Writes (or, deferred, queues) a record per item, sealed by one audit entry; returns how many.</summary>
    /// <param name="actor">The API key's name, the OS user, or <c>vigil</c>.</param>
    /// <param name="channel"><c>cli.search</c>, <c>api.screen</c>, <c>job.full</c>, ...</param>
    public int Record(string actor, string channel, IReadOnlyList<ListVersion> versions, string profile,
        IReadOnlyList<ScreenedItem> items)
    {
        if (items.Count == 0) return 0;
        var proofs = Proofs(actor, channel, versions, profile, items);
        if (!deferred) return Write(proofs);
        foreach (var proof in proofs) _queued.Enqueue(proof);
        if (_queued.Count > MaxQueued) Flush();
        return proofs.Count;
    }

    /// <summary>The records of <paramref name="items"/>, stamped now, not yet written (a register job writes them with its batch).</summary>
    internal List<ScreeningProof> Proofs(string actor, string channel, IReadOnlyList<ListVersion> versions, string profile, IReadOnlyList<ScreenedItem> items)
    {
        var config = _config.Value;
        var now = time.GetUtcNow();
        var screened = versions.Select(v => new ScreenedVersion(v.Source, v.Number, v.Id)).ToArray();
        var proofs = new List<ScreeningProof>(items.Count);
        foreach (var item in items)
        {
            var (sha, size) = ScreeningProofJson.Digest(item.Input);
            proofs.Add(new ScreeningProof(0, now, actor, channel, item.Ref, sha, size, config.StoreScreeningInput ? item.Input : null,
                screened, EngineVersion, profile, item.Hits, item.Alerts));
        }
        return proofs;
    }

    /// <summary>Writes every queued record (deferred mode) in one transaction with one audit entry; returns how many.</summary>
    /// <remarks>On failure the records are kept, in order, and written first by the next flush; the exception propagates.</remarks>
    public int Flush()
    {
        lock (_writing)
        {
            var batch = _carried;
            _carried = [];
            while (_queued.TryDequeue(out var proof)) batch.Add(proof);
            if (batch.Count == 0) return 0;
            try
            {
                return Write(batch);
            }
            catch
            {
                _carried = batch;
                throw;
            }
        }
    }

    /// <summary>Records queued and not yet written.</summary>
    public int Queued => _queued.Count + _carried.Count;

    private int Write(List<ScreeningProof> proofs)
    {
        var now = time.GetUtcNow();
        using var store = home.OpenStore();
        var stored = store.Screenings.Append(proofs, now);
        if (_config.Value.ScreeningRetentionDays is { } days && time.GetTimestamp() >= Interlocked.Read(ref _nextPurge))
        {
            Interlocked.Exchange(ref _nextPurge, time.GetTimestamp() + (long)(PurgeEvery.TotalSeconds * time.TimestampFrequency));
            store.Screenings.Purge(now.AddDays(-days), now);
        }
        return stored.Count;
    }

    /// <summary>Deletes the records older than the retention period now; returns how many went (0 without a retention setting).</summary>
    public long Purge()
    {
        if (_config.Value.ScreeningRetentionDays is not { } days) return 0;
        var now = time.GetUtcNow();
        using var store = home.OpenStore();
        return store.Screenings.Purge(now.AddDays(-days), now);
    }

    /// <summary>The records with <paramref name="from"/> ≤ time &lt; <paramref name="until"/>, in id order, each as its
    /// export line (<see cref="ScreeningProofJson.Line"/>); read lazily.</summary>
    public IEnumerable<string> Lines(DateTimeOffset? from, DateTimeOffset? until)
    {
        if (deferred) Flush();
        using var store = home.OpenStore();
        foreach (var record in store.Screenings.Read(from, until)) yield return ScreeningProofJson.Line(record);
    }

    /// <summary>
    /// The canonical input of a query: compact JSON <c>{"name","type","birth_date","country","id_number"}</c> in that order,
    /// of the query as parsed (type lower case, date <c>YYYY[-MM[-DD]]</c>, country ISO alpha-2), members without a value left out.
    /// </summary>
    public static string Canonical(ScreeningQuery query)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("name", query.Name);
            if (query.Kind != EntityKind.Unknown) json.WriteString("type", query.Kind.ToString().ToLowerInvariant());
            if (query.BirthDate is { } date) json.WriteString("birth_date", date.ToString());
            if (query.Country is { Length: > 0 } country) json.WriteString("country", country);
            if (query.IdNumber is { Length: > 0 } id) json.WriteString("id_number", id);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>How many <paramref name="hits"/> reach the alert threshold of <paramref name="threshold"/>.</summary>
    public static int Alerts(IEnumerable<ScreeningHit> hits, double threshold) => hits.Count(h => h.Score >= threshold);
}
