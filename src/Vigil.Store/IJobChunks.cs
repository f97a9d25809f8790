using Vigil.Core.Alerts;

namespace Vigil.Store;

/// <summary>Screening jobs cut into chunks of customers for <c>vigil worker</c> processes (docs/workers.md).</summary>
/// <remarks>
/// A chunk's alerts, near misses, screening records and its <c>done</c> mark commit in one transaction
/// (<see cref="CompleteChunk"/>): a chunk delivered again after it committed changes nothing, and a chunk half written
/// never exists. <see cref="FinishIfComplete"/> finishes the job in one transaction guarded by the job row, so of two
/// workers completing the last chunks at once exactly one finishes it.
/// </remarks>
public interface IJobChunks
{
    /// <summary>Records the chunks of a job just started (a chunk already recorded is left as it is).</summary>
    void AddChunks(long jobId, IReadOnlyList<ChunkRange> chunks);

    /// <summary>One job, or null.</summary>
    ScreeningJob? Job(long jobId);

    /// <summary>The chunks of a job in order.</summary>
    IReadOnlyList<JobChunk> Chunks(long jobId);

    /// <summary>
    /// Applies a chunk's outcomes as <see cref="IScreeningStore.ApplyBatch"/> does (alerts, near misses, screened marks,
    /// screening records, the job's counts) and marks the chunk done, in one transaction; returns null and writes nothing
    /// when the chunk is already done or failed.
    /// </summary>
    AlertCounts? CompleteChunk(ScreeningJob job, int chunkNo, IReadOnlyList<CustomerOutcome> outcomes, IReadOnlyList<string> webhookUrls,
        DateTimeOffset at, IReadOnlyList<ScreeningProof>? proofs, double maxDrift, string worker);

    /// <summary>Counts one more delivery of a chunk to <paramref name="worker"/>, who now holds it; returns the attempts so far.</summary>
    int RecordAttempt(long jobId, int chunkNo, string worker);

    /// <summary>Marks a chunk that is not done as failed with the reason (the job then stays unfinished until it is run again).</summary>
    void FailChunk(long jobId, int chunkNo, string reason, string worker, DateTimeOffset at);

    /// <summary>Puts the failed chunks of an unfinished job back in the queue; returns every chunk now queued (those and the ones never done), which a resume publishes again.</summary>
    IReadOnlyList<JobChunk> RequeueFailed(long jobId);

    /// <summary>
    /// Finishes the job as <see cref="IScreeningStore.FinishJob"/> does, if every chunk is done and no one finished it yet;
    /// otherwise changes nothing and returns null.
    /// </summary>
    ScreeningJob? FinishIfComplete(ScreeningJob job, IReadOnlyDictionary<string, long>? screenedVersions, IReadOnlyDictionary<string, string> removedReasons, DateTimeOffset at);

    /// <summary>The most recent jobs, newest first, with their chunk counts (zero chunks: a single-process job).</summary>
    IReadOnlyList<JobProgress> Progress(int count, long? jobId = null);
}

/// <summary>A range of customer ids, <c>(After, Last]</c>, holding <paramref name="Customers"/> customers.</summary>
public sealed record ChunkRange(int No, string? After, string First, string Last, int Customers);

/// <summary>One chunk of a distributed job as stored.</summary>
/// <param name="State"><c>queued</c>, <c>done</c> or <c>failed</c>.</param>
public sealed record JobChunk(
    long JobId, int No, string? After, string First, string Last, int Customers, string State, int Attempts,
    long CustomersDone, long Raised, long Reopened, long Closed, double MaxDrift, string? Worker, string? Error, DateTimeOffset? FinishedAt);

/// <summary>A job with its chunk counts.</summary>
/// <param name="State"><c>running</c>, <c>done</c>, <c>superseded</c>, or <c>failed</c> (unfinished with a failed chunk).</param>
/// <param name="Customers">Customers the job covers (the sum of its chunks; for a single-process job, those done).</param>
public sealed record JobProgress(
    ScreeningJob Job, string State, int Chunks, int ChunksDone, int ChunksFailed, long Customers, double MaxDrift);
