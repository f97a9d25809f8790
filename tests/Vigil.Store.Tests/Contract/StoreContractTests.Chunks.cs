using Vigil.Core.Alerts;

namespace Vigil.Store.Tests.Contract;

/// <summary>
/// Jobs cut into chunks for workers (<see cref="IJobChunks"/>), on both backends: a chunk's outcomes and its done mark
/// commit once, a second delivery changes nothing, a failed chunk can be queued again, and the job finishes once when
/// its last chunk is done.
/// </summary>
public abstract partial class StoreContractTests
{
    private IJobChunks Chunks => Store.Chunks;

    /// <summary>A full job over C1..C3 in two chunks: [C1, C2] and [C3].</summary>
    private (ScreeningJob Job, long Version) ChunkedJob()
    {
        var version = SeedListAndCustomers();
        var job = StartJob();
        Chunks.AddChunks(job.Id, [new ChunkRange(0, null, "C1", "C2", 2), new ChunkRange(1, "C2", "C3", "C3", 1)]);
        return (job, version);
    }

    private static CustomerOutcome WithNearMiss(CustomerOutcome outcome, string key, double score) => outcome with { NearMisses = [(key, score)] };

    [Fact]
    public void A_completed_chunk_writes_its_alerts_near_misses_and_marks_once_and_a_second_delivery_changes_nothing()
    {
        var (job, version) = ChunkedJob();
        Assert.Equal(["queued", "queued"], Chunks.Chunks(job.Id).Select(c => c.State));
        Assert.Equal(1, Chunks.RecordAttempt(job.Id, 0, "host:1"));
        Assert.Equal(2, Chunks.RecordAttempt(job.Id, 0, "host:2"));
        var outcomes = new[]
        {
            Outcome("C1", "fp-John Doe", Hit("1", version)),
            WithNearMiss(Outcome("C2", "fp-Richard Roe"), "ofac-sdn:2", 0.71),
        };

        var counts = Chunks.CompleteChunk(job, 0, outcomes, [], T1, null, 0.0, "host:2");
        var audits = AuditCount;
        var again = Chunks.CompleteChunk(job, 0, outcomes, [], T2, null, 0.0, "host:3");

        Assert.Equal(1, counts!.Raised);
        Assert.Null(again);
        Assert.Equal(audits, AuditCount);
        Assert.Equal([("C1", "ofac-sdn:1")], Screening.Alerts().Select(a => (a.CustomerId, a.Source + ":" + a.SourceId)));
        var chunk = Chunks.Chunks(job.Id)[0];
        Assert.Equal(("done", 2L, 1L, 2, "host:2"), (chunk.State, chunk.CustomersDone, chunk.Raised, chunk.Attempts, chunk.Worker));
        Assert.Equal(0.71, Screening.Watched(["C2"])["C2"]["ofac-sdn:2"], 3);
        // Screened against every entry: C1 and C2 are no longer pending, C3 (the other chunk) still is.
        Assert.Equal(["C3"], Customers.Page(null, 10, pendingOnly: true).Select(c => c.Record.Id));
    }

    [Fact]
    public void A_chunk_screened_again_replaces_its_customers_near_misses_and_keeps_their_alerts()
    {
        var (job, version) = ChunkedJob();
        Chunks.CompleteChunk(job, 0, [WithNearMiss(Outcome("C1", "fp-John Doe", Hit("1", version)), "ofac-sdn:2", 0.7), WithNearMiss(Outcome("C2", "fp-Richard Roe"), "ofac-sdn:2", 0.72)],
            [], T1, null, 0.0, "host:1");
        var next = StartJob(at: T2);
        Chunks.AddChunks(next.Id, [new ChunkRange(0, null, "C1", "C2", 2)]);

        Chunks.CompleteChunk(next, 0, [Outcome("C1", "fp-John Doe", Hit("1", version)), Outcome("C2", "fp-Richard Roe")], [], T2, null, 0.0, "host:1");

        var watched = Screening.Watched(["C1", "C2"]);
        Assert.Equal(["ofac-sdn:1"], watched["C1"].Keys); // the live alert; its near miss is gone
        Assert.False(watched.TryGetValue("C2", out var c2) && c2.Count > 0, "C2's near miss was replaced by none");
        Assert.Single(Screening.Alerts("open"));
    }

    [Fact]
    public void A_failed_chunk_refuses_its_outcomes_until_it_is_queued_again()
    {
        var (job, version) = ChunkedJob();

        Chunks.FailChunk(job.Id, 1, "index build failed", "host:1", T1);
        var refused = Chunks.CompleteChunk(job, 1, [Outcome("C3", "fp-Nobody Special")], [], T1, null, 0.0, "host:2");
        var failed = Chunks.Chunks(job.Id)[1];
        var requeued = Chunks.RequeueFailed(job.Id);

        Assert.Null(refused);
        Assert.Equal(("failed", "index build failed"), (failed.State, failed.Error));
        Assert.Equal([0, 1], requeued.Select(c => c.No)); // every chunk not done: what a resume publishes again
        Assert.Equal("queued", Chunks.Chunks(job.Id)[1].State);
        Assert.NotNull(Chunks.CompleteChunk(job, 1, [Outcome("C3", "fp-Nobody Special")], [], T2, null, 0.0, "host:2"));
        _ = version;
    }

    [Fact]
    public void A_job_finishes_once_when_its_last_chunk_is_done_and_its_progress_adds_up()
    {
        var (job, version) = ChunkedJob();
        Chunks.CompleteChunk(job, 1, [Outcome("C3", "fp-Nobody Special")], [], T1, null, 0.0, "host:1");

        Assert.Null(Chunks.FinishIfComplete(job, new Dictionary<string, long> { ["ofac-sdn"] = version }, new Dictionary<string, string>(), T1));
        var half = Chunks.Progress(10, job.Id).Single();
        Assert.Equal((2, 1, 0, 3L), (half.Chunks, half.ChunksDone, half.ChunksFailed, half.Customers));

        Chunks.CompleteChunk(job, 0, [Outcome("C1", "fp-John Doe", Hit("1", version)), Outcome("C2", "fp-Richard Roe")], [], T2, null, 0.0, "host:2");
        var finished = Chunks.FinishIfComplete(job, new Dictionary<string, long> { ["ofac-sdn"] = version }, new Dictionary<string, string>(), T2);
        var second = Chunks.FinishIfComplete(job, new Dictionary<string, long> { ["ofac-sdn"] = version }, new Dictionary<string, string>(), T3);

        Assert.NotNull(finished);
        Assert.Null(second);
        Assert.Equal((3L, 1L), (finished!.CustomersDone, finished.Raised));
        Assert.Null(Screening.UnfinishedJob());
        Assert.Equal(version, Screening.ScreeningState()["ofac-sdn"]);
        Assert.Equal(1, Store.Audit.Read(null, null).Count(e => e.Entry.Action == "screening.finish"));
        Assert.Equal("done", Chunks.Progress(10, job.Id).Single().State);
    }
}
