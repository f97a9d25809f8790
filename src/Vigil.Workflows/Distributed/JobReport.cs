using Vigil.Contracts;
using Vigil.Store;

namespace Vigil.Workflows.Distributed;

/// <summary>The register's screening jobs with their progress: <c>vigil jobs</c> and <c>GET /api/v1/jobs</c>.</summary>
public sealed class JobReport(VigilHome home)
{
    /// <summary>Jobs listed unless told otherwise.</summary>
    public const int DefaultCount = 20;

    /// <summary>Most jobs listed at once.</summary>
    public const int MaxCount = 1_000;

    /// <summary>The most recent <paramref name="count"/> jobs, newest first.</summary>
    public JobList List(int count)
    {
        using var vigil = home.OpenStore();
        return new JobList([.. vigil.Chunks.Progress(Math.Clamp(count, 1, MaxCount)).Select(Status)]);
    }

    /// <summary>One job, or null.</summary>
    public JobStatus? One(long id)
    {
        using var vigil = home.OpenStore();
        return vigil.Chunks.Progress(1, id) is [var p] ? Status(p) : null;
    }

    private static JobStatus Status(JobProgress p) => new(
        p.Job.Id, p.Job.Kind, p.State, p.Job.ListKey, p.Job.Profile, p.Chunks, p.ChunksDone, p.ChunksFailed, p.Customers,
        p.Job.CustomersDone, p.Job.Raised, p.Job.Reopened, p.Job.Closed, p.Job.StartedAt, p.Job.FinishedAt);
}
