namespace Vigil.Contracts;

/// <summary>A screening job of the customer register as <c>vigil jobs --json</c> and <c>GET /api/v1/jobs</c> show it.</summary>
/// <param name="Kind"><c>full</c>, <c>lists</c> (the delta path) or <c>customers</c>.</param>
/// <param name="State"><c>running</c>, <c>done</c>, <c>superseded</c>, or <c>failed</c> (unfinished: a chunk failed every delivery).</param>
/// <param name="Lists">The list versions it screens against (<c>ofac-sdn:3,un:4</c>).</param>
/// <param name="Profile">The scoring profile (<c>default@1</c>).</param>
/// <param name="Chunks">Chunks the job was cut into for <c>vigil worker</c> processes; 0 for a job run in one process.</param>
/// <param name="ChunksDone">Chunks committed.</param>
/// <param name="ChunksFailed">Chunks given up after the last delivery.</param>
/// <param name="Customers">Customers the job covers (for a job run in one process: those done so far).</param>
/// <param name="CustomersDone">Customers screened and committed so far.</param>
public sealed record JobStatus(
    long Id, string Kind, string State, string Lists, string Profile, int Chunks, int ChunksDone, int ChunksFailed, long Customers,
    long CustomersDone, long Raised, long Reopened, long Closed, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt);

/// <summary>The most recent jobs, newest first.</summary>
public sealed record JobList(IReadOnlyList<JobStatus> Jobs);
