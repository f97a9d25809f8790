using System.Globalization;
using System.Text.Json;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using Vigil.Core.Alerts;
using Vigil.Store;
using Vigil.Workflows.Customers;

namespace Vigil.Workflows.Distributed;

/// <summary>
/// <c>vigil worker</c>: takes chunks of rescreening jobs from the work stream, screens their customers with the same
/// screener, profile and list versions as the single process, and commits each chunk's alerts with its done mark in one
/// transaction before acknowledging it (docs/workers.md).
/// </summary>
/// <remarks>
/// <para>Delivery is at least once. A chunk delivered again after it committed (the worker died between the commit and the
/// ack) finds it done, changes nothing and is acknowledged; a worker killed mid-chunk committed nothing of it, and the
/// broker delivers the chunk again after <see cref="AckWait"/>. While a chunk is screened, the worker tells the broker it
/// is still working every third of <see cref="AckWait"/>.</para>
/// <para>A chunk that fails <see cref="MaxDeliver"/> deliveries is marked failed and acknowledged: the job stays
/// unfinished (<c>vigil jobs</c> shows it) until <c>vigil customers rescreen --via nats --resume</c> queues it again.</para>
/// <para>The worker checks the active list versions before each chunk and reloads its index when they moved; a chunk of a
/// job planned against other versions is refused (marked failed with the reason) rather than screened against the wrong
/// lists. Whoever commits the job's last chunk finishes the job; the finish is guarded by the store, so it happens once.</para>
/// </remarks>
public sealed class RescreenWorker(VigilHome home, TimeProvider time, TextWriter log)
{
    /// <summary>How long the broker waits for an acknowledgement before delivering a chunk to another worker.</summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Deliveries of one chunk before it is marked failed.</summary>
    public int MaxDeliver { get; init; } = 5;

    /// <summary>This worker's name in the chunk rows (host and process id).</summary>
    public string Name { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Chunks committed by this worker.</summary>
    public int ChunksDone { get; private set; }

    private RegisterScreening? _screening;
    private string? _loadedKey;
    private string _natsUrl = NatsNames.DefaultUrl;
    /// <summary>Chunk size of a delta job this worker finished whose premise failed: a full rescreen follows.</summary>
    private int? _followUp;

    /// <summary>Takes and screens chunks until <paramref name="cancel"/> fires (or, with <paramref name="exitWhenIdle"/>, until none came for that long).</summary>
    /// <exception cref="VigilException">The broker cannot be reached.</exception>
    public async Task Run(string natsUrl, TimeSpan? exitWhenIdle, CancellationToken cancel)
    {
        _natsUrl = natsUrl;
        await using var nats = NatsNames.Connect(natsUrl, "vigil-worker " + Name);
        var js = new NatsJSContext(nats);
        INatsJSConsumer consumer;
        try
        {
            await NatsNames.EnsureWorkStream(js, cancel);
            consumer = await js.CreateOrUpdateConsumerAsync(NatsNames.WorkStream, new ConsumerConfig(NatsNames.RescreenConsumer)
            {
                AckPolicy = ConsumerConfigAckPolicy.Explicit,
                AckWait = AckWait,
                MaxDeliver = MaxDeliver,
                FilterSubject = NatsNames.RescreenPrefix + ">",
            }, cancel);
        }
        catch (Exception e) when (e is NatsJSException or NATS.Client.Core.NatsException or TimeoutException)
        {
            throw NatsNames.Unreachable(natsUrl, e);
        }
        await log.WriteLineAsync($"worker {Name}: taking chunks from {NatsNames.WorkStream} at {natsUrl}");
        var idleSince = time.GetUtcNow();
        while (!cancel.IsCancellationRequested)
        {
            var got = false;
            // One chunk at a time: the screening itself uses every core, and a chunk held here is one no other worker can take.
            await foreach (var msg in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 1, Expires = TimeSpan.FromSeconds(2) }, cancellationToken: cancel))
            {
                got = true;
                await Handle(msg, cancel);
            }
            if (got) idleSince = time.GetUtcNow();
            else if (exitWhenIdle is { } idle && time.GetUtcNow() - idleSince >= idle) break;
        }
    }

    private async Task Handle(INatsJSMsg<byte[]> msg, CancellationToken cancel)
    {
        if (!TryRead(msg.Data, out var jobId, out var chunkNo))
        {
            await log.WriteLineAsync($"worker {Name}: dropped a message on {msg.Subject} that is not a chunk");
            await msg.AckTerminateAsync(cancellationToken: cancel);
            return;
        }
        var delivered = (int)(msg.Metadata?.NumDelivered ?? 1);
        using var working = new CancellationTokenSource();
        var heartbeat = Heartbeat(msg, working.Token);
        try
        {
            var outcome = await Task.Run(() => Process(jobId, chunkNo), cancel);
            await working.CancelAsync();
            await heartbeat;
            if (outcome is not null) await log.WriteLineAsync($"worker {Name}: job {jobId} chunk {chunkNo}: {outcome}");
            await msg.AckAsync(cancellationToken: cancel);
            if (_followUp is { } size)
            {
                _followUp = null;
                var full = await new DistributedRescreen(home, time).Submit(full: true, size, _natsUrl, cancel);
                await log.WriteLineAsync($"worker {Name}: a watched pair's score moved in delta job {jobId}: full rescreen job {full?.Job.Id} submitted");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await working.CancelAsync();
            await heartbeat;
            await log.WriteLineAsync($"worker {Name}: job {jobId} chunk {chunkNo}, delivery {delivered} of {MaxDeliver}: {e.Message}");
            var failed = false;
            if (delivered >= MaxDeliver)
            {
                try
                {
                    using var vigil = home.OpenStore();
                    vigil.Chunks.FailChunk(jobId, chunkNo, e.Message, Name, time.GetUtcNow());
                    failed = true;
                }
                catch (Exception store) when (store is System.Data.Common.DbException or VigilException or IOException)
                {
                    // the database cannot take the mark either: the chunk stays queued; --resume publishes it again
                    await log.WriteLineAsync($"worker {Name}: job {jobId} chunk {chunkNo}: cannot mark it failed: {store.Message}");
                }
            }
            if (failed || delivered >= MaxDeliver) await msg.AckTerminateAsync(cancellationToken: cancel);
            else await msg.NakAsync(cancellationToken: cancel);
        }
    }

    /// <summary>Screens and commits one chunk; returns what happened, for the log.</summary>
    private string? Process(long jobId, int chunkNo)
    {
        using var vigil = home.OpenStore();
        var chunks = vigil.Chunks;
        var job = chunks.Job(jobId);
        if (job is null) return "no such job; dropped";
        if (job.FinishedAt is not null) return "the job is finished; nothing to do";
        var chunk = chunks.Chunks(jobId).FirstOrDefault(c => c.No == chunkNo);
        if (chunk is null) return "no such chunk; dropped";
        if (chunk.State != "queued")
        {
            TryFinish(vigil, job);
            return $"already {chunk.State}; nothing changed";
        }
        chunks.RecordAttempt(jobId, chunkNo, Name);

        var screening = Screening(vigil);
        if (screening.IndexKey != job.ListKey || screening.ProfileId != job.Profile)
        {
            var reason = $"refused: the job screens {job.ListKey} with {job.Profile}, the active lists are {screening.IndexKey} with {screening.ProfileId}";
            chunks.FailChunk(jobId, chunkNo, reason, Name, time.GetUtcNow());
            return reason;
        }

        var batch = new List<StoredCustomer>(chunk.Customers);
        var after = chunk.After;
        while (true)
        {
            var page = vigil.Customers.Page(after, 500, pendingOnly: false);
            var inRange = page.TakeWhile(c => string.CompareOrdinal(c.Record.Id, chunk.Last) <= 0).ToList();
            batch.AddRange(inRange);
            if (inRange.Count < page.Count || page.Count == 0) break;
            after = page[^1].Record.Id;
        }
        var (outcomes, proofs, drift) = screening.ScreenChunk(vigil.Screening, job, batch);
        var webhooks = VigilConfig.Load(home).Webhooks.Select(w => w.Url).ToList();
        var counts = chunks.CompleteChunk(job, chunkNo, outcomes, webhooks, time.GetUtcNow(), proofs, drift, Name);
        if (counts is null) return "completed by another worker meanwhile; nothing changed";
        ChunksDone++;
        var finished = TryFinish(vigil, job);
        return string.Create(CultureInfo.InvariantCulture,
            $"{batch.Count} customers, {counts.Raised} raised, {counts.Reopened} re-opened, {counts.Closed} closed{(finished ? $"; job {jobId} finished" : "")}");
    }

    /// <summary>Finishes the job if its last chunk is done (once, whoever gets there first); a delta job whose premise
    /// failed (a watched pair moved) is followed by a full rescreen, as in the single process, submitted by the finisher.</summary>
    private bool TryFinish(IVigilStore vigil, ScreeningJob job)
    {
        var screening = Screening(vigil);
        if (screening.IndexKey != job.ListKey) return false;
        var (screened, reasons) = screening.FinishArguments(job);
        if (vigil.Chunks.FinishIfComplete(job, screened, reasons, time.GetUtcNow()) is null) return false;
        if (job.Kind == "lists" && vigil.Chunks.Progress(1, job.Id) is [{ MaxDrift: > 0 }])
            _followUp = Math.Max(1, vigil.Chunks.Chunks(job.Id).Max(c => c.Customers));
        return true;
    }

    /// <summary>The screening of the active lists, reloaded when they moved since the last chunk.</summary>
    private RegisterScreening Screening(IVigilStore vigil)
    {
        var key = string.Join(",", vigil.Lists.ActiveVersions().Select(v => $"{v.Source}:{v.Id}"));
        if (_screening is null || _loadedKey != key)
        {
            _screening = new RegisterScreening(home, time);
            _loadedKey = _screening.IndexKey;
            log.WriteLine($"worker {Name}: index loaded for {_loadedKey} ({_screening.ProfileId})");
        }
        return _screening;
    }

    private async Task Heartbeat(INatsJSMsg<byte[]> msg, CancellationToken stop)
    {
        var every = AckWait / 3;
        try
        {
            while (true)
            {
                await Task.Delay(every, stop);
                await msg.AckProgressAsync(cancellationToken: stop);
            }
        }
        catch (OperationCanceledException)
        {
            // the chunk is done (or failed); its ack follows
        }
    }

    private static bool TryRead(byte[]? body, out long job, out int chunk)
    {
        job = 0;
        chunk = 0;
        if (body is null) return false;
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.TryGetProperty("job", out var j) && j.TryGetInt64(out job)
                && doc.RootElement.TryGetProperty("chunk", out var c) && c.TryGetInt32(out chunk);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
