using System.Globalization;
using System.Text;
using NATS.Client.JetStream;
using Vigil.Core.Alerts;
using Vigil.Store;
using Vigil.Workflows.Customers;

namespace Vigil.Workflows.Distributed;

/// <summary>
/// Plans a register screening exactly as the single process does (<see cref="RescreenPlan"/>: full, or the delta path),
/// records the job with its chunks of customers, and publishes one message per chunk to the work stream for
/// <c>vigil worker</c> processes (<see cref="RescreenWorker"/>).
/// </summary>
/// <remarks>
/// The chunks are recorded before anything is published, so a worker never receives a chunk the store does not know; a
/// publish that fails leaves the job recorded with chunks nobody will take, and <see cref="Republish"/> sends the chunks
/// not done again. Each chunk is published with the message id <c>job-N-chunk-K</c>, so a publish retried within the
/// stream's duplicate window is stored once.
/// </remarks>
public sealed class DistributedRescreen(VigilHome home, TimeProvider time)
{
    /// <summary>Customers per chunk unless told otherwise: about a second of one core's screening against SDN + UN.</summary>
    public const int DefaultChunkSize = 1_000;

    /// <summary>A job submitted to the workers.</summary>
    /// <param name="Reason">Why a full rescreen was chosen (null for the delta path or when asked for a full one).</param>
    public sealed record Submitted(ScreeningJob Job, int Chunks, long Customers, string? Reason);

    /// <summary>
    /// Plans the job (<paramref name="full"/>: every customer against everything; else what the list or profile change
    /// needs, possibly nothing), records it with its chunks and publishes them; null when the register is up to date.
    /// </summary>
    /// <exception cref="VigilException">No list or no customer; a job of the workers or of one process is unfinished; the broker cannot be reached.</exception>
    public async Task<Submitted?> Submit(bool full, int chunkSize, string natsUrl, CancellationToken cancel)
    {
        if (chunkSize < 1) throw new VigilException($"--chunk-size: {chunkSize}; at least 1");
        var screening = new RegisterScreening(home, time);
        Submitted submitted;
        using (var vigil = home.OpenStore())
        {
            var active = vigil.Lists.ActiveVersions();
            if (active.Count == 0) throw new VigilException($"no list is loaded in {home.Directory}; run 'vigil lists load SOURCE PATH' first");
            if (vigil.Customers.Counts().Total == 0) throw new VigilException($"the register in {home.Directory} is empty; run 'vigil customers import FILE' first");
            var key = string.Join(",", active.Select(v => $"{v.Source}:{v.Id}"));
            var store = vigil.Screening;
            if (store.UnfinishedJob() is { } unfinished)
                throw new VigilException(vigil.Chunks.Chunks(unfinished.Id).Count > 0
                    ? $"job {unfinished.Id} is still being screened by the workers (see 'vigil jobs'); 'vigil customers rescreen --via nats --resume' publishes its chunks not done again"
                    : $"job {unfinished.Id} was interrupted; finish it with 'vigil customers rescreen' first");
            if (screening.IndexKey != key)
                throw new VigilException($"the active lists changed while planning ({key} → {screening.IndexKey}); run the command again");
            var profile = screening.ProfileId;
            var plan = full ? new RescreenPlan("full", null, [], null) : RescreenPlan.Of(store, new ListCatalog(home), active, profile, superseded: false);
            if (plan is null) return null;
            var job = store.StartJob(plan.Kind, key, plan.Targets, plan.Removed, RegisterScreening.EngineVersion, profile, time.GetUtcNow());
            var chunks = Cut(vigil.Customers, chunkSize);
            vigil.Chunks.AddChunks(job.Id, chunks);
            submitted = new Submitted(job, chunks.Count, chunks.Sum(c => (long)c.Customers), plan.Reason);
        }
        await Publish(submitted.Job.Id, Enumerable.Range(0, submitted.Chunks), natsUrl, attempt: null, cancel);
        return submitted;
    }

    /// <summary>Publishes again the chunks of the unfinished job that are not done (failed chunks are queued again first); null when there is no such job.</summary>
    public async Task<(ScreeningJob Job, int Chunks)?> Republish(string natsUrl, CancellationToken cancel)
    {
        List<int> numbers;
        ScreeningJob job;
        using (var vigil = home.OpenStore())
        {
            if (vigil.Screening.UnfinishedJob() is not { } unfinished || vigil.Chunks.Chunks(unfinished.Id).Count == 0) return null;
            job = unfinished;
            vigil.Chunks.RequeueFailed(job.Id);
            numbers = [.. vigil.Chunks.Chunks(job.Id).Where(c => c.State == "queued").Select(c => c.No)];
        }
        // A new message id per resubmission, so the duplicate window does not drop it.
        await Publish(job.Id, numbers, natsUrl, attempt: time.GetUtcNow().ToUnixTimeMilliseconds(), cancel);
        return (job, numbers.Count);
    }

    /// <summary>The register cut into ranges of <paramref name="size"/> customers in id order.</summary>
    internal static List<ChunkRange> Cut(ICustomerStore customers, int size)
    {
        var chunks = new List<ChunkRange>();
        string? after = null;
        while (true)
        {
            var page = customers.Page(after, size, pendingOnly: false);
            if (page.Count == 0) break;
            chunks.Add(new ChunkRange(chunks.Count, after, page[0].Record.Id, page[^1].Record.Id, page.Count));
            after = page[^1].Record.Id;
        }
        return chunks;
    }

    /// <summary>The body of a chunk message: <c>{"job":N,"chunk":K}</c>.</summary>
    internal static byte[] Body(long job, int chunk) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $$"""{"job":{{job}},"chunk":{{chunk}}}"""));

    private static async Task Publish(long jobId, IEnumerable<int> chunks, string natsUrl, long? attempt, CancellationToken cancel)
    {
        try
        {
            await using var nats = NatsNames.Connect(natsUrl, "vigil-rescreen-submit");
            var js = new NatsJSContext(nats);
            await NatsNames.EnsureWorkStream(js, cancel);
            var subject = NatsNames.RescreenPrefix + jobId.ToString(CultureInfo.InvariantCulture);
            // Published in windows of acknowledgements: fast, and a failure is seen before much more is sent.
            var pending = new List<Task>();
            foreach (var no in chunks)
            {
                var id = attempt is null ? $"job-{jobId}-chunk-{no}" : $"job-{jobId}-chunk-{no}-r{attempt}";
                pending.Add(PublishOne(js, subject, Body(jobId, no), id, cancel));
                if (pending.Count == 256)
                {
                    await Task.WhenAll(pending);
                    pending.Clear();
                }
            }
            await Task.WhenAll(pending);
        }
        catch (Exception e) when (e is NatsJSException or NATS.Client.Core.NatsException or TimeoutException)
        {
            throw NatsNames.Unreachable(natsUrl, e);
        }
    }

    private static async Task PublishOne(NatsJSContext js, string subject, byte[] body, string id, CancellationToken cancel)
    {
        var ack = await js.PublishAsync(subject, body, opts: new NatsJSPubOpts { MsgId = id }, cancellationToken: cancel);
        if (!ack.Duplicate) ack.EnsureSuccess();
    }
}
