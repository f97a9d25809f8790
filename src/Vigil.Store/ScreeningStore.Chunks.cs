using System.Data;
using System.Data.Common;
using Vigil.Core.Alerts;

namespace Vigil.Store.Sql;

/// <summary>Distributed jobs: their chunks, each applied with its <c>done</c> mark, and the guarded finish (<see cref="IJobChunks"/>).</summary>
/// <remarks>
/// Every guard is a conditional <c>UPDATE</c> checked for its row count, never a read followed by a write, so it holds on
/// PostgreSQL under READ COMMITTED as it does under SQLite's single writer: the second of two transactions updating the
/// same row waits for the first and then finds the condition false.
/// </remarks>
internal sealed partial class ScreeningStore : IJobChunks
{
    /// <summary>Records the chunks of a job just started (a chunk already recorded is left as it is).</summary>
    public void AddChunks(long jobId, IReadOnlyList<ChunkRange> chunks)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginWrite();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO job_chunks (job_id, chunk_no, after_customer, first_customer, last_customer, customers)
            VALUES (@job, @no, @after, @first, @last, @n)
            ON CONFLICT (job_id, chunk_no) DO NOTHING
            """;
        command.Param("@job", jobId);
        var no = command.Slot("@no", DbType.Int64);
        var after = command.Slot("@after", DbType.String);
        var first = command.Slot("@first", DbType.String);
        var last = command.Slot("@last", DbType.String);
        var n = command.Slot("@n", DbType.Int64);
        foreach (var chunk in chunks)
        {
            no.Value = chunk.No;
            after.Value = (object?)chunk.After ?? DBNull.Value;
            first.Value = chunk.First;
            last.Value = chunk.Last;
            n.Value = chunk.Customers;
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>One job, or null.</summary>
    public ScreeningJob? Job(long jobId)
    {
        using var connection = database.OpenConnection();
        return ReadJobs(connection, null, $"WHERE id = {jobId}").FirstOrDefault();
    }

    /// <summary>The chunks of a job in order.</summary>
    public IReadOnlyList<JobChunk> Chunks(long jobId)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT job_id, chunk_no, after_customer, first_customer, last_customer, customers, state, attempts,
                   customers_done, raised, reopened, closed, max_drift, worker, error, finished_at
            FROM job_chunks WHERE job_id = @job ORDER BY chunk_no
            """;
        command.Param("@job", jobId);
        using var reader = command.ExecuteReader();
        var chunks = new List<JobChunk>();
        while (reader.Read())
            chunks.Add(new JobChunk(reader.GetInt64(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetInt32(5), reader.GetString(6), reader.GetInt32(7), reader.GetInt64(8), reader.GetInt64(9),
                reader.GetInt64(10), reader.GetInt64(11), reader.GetDouble(12), reader.IsDBNull(13) ? null : reader.GetString(13),
                reader.IsDBNull(14) ? null : reader.GetString(14), reader.IsDBNull(15) ? null : StoreText.ParseInstant(reader.GetString(15))));
        return chunks;
    }

    /// <summary>Applies a chunk's outcomes and marks it done in one transaction; null (nothing written) when it is already done or failed.</summary>
    public AlertCounts? CompleteChunk(ScreeningJob job, int chunkNo, IReadOnlyList<CustomerOutcome> outcomes, IReadOnlyList<string> webhookUrls,
        DateTimeOffset at, IReadOnlyList<ScreeningProof>? proofs, double maxDrift, string worker)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginWrite();
        // The guard first: the row lock it takes (PostgreSQL) or the write lock (SQLite) makes a concurrent second
        // delivery of the same chunk wait here and then find it done.
        using (var mark = connection.CreateCommand())
        {
            mark.Transaction = transaction;
            mark.CommandText = """
                UPDATE job_chunks SET state = 'done', customers_done = @n, max_drift = @drift, worker = @worker, finished_at = @at
                WHERE job_id = @job AND chunk_no = @no AND state = 'queued'
                """;
            mark.Param("@n", outcomes.Count);
            mark.Param("@drift", maxDrift);
            mark.Param("@worker", worker);
            mark.Param("@at", StoreText.Instant(at));
            mark.Param("@job", job.Id);
            mark.Param("@no", chunkNo);
            if (mark.ExecuteNonQuery() == 0) return null;
        }
        var counts = ApplyOutcomes(connection, transaction, job, outcomes, webhookUrls, at);
        using (var progress = connection.CreateCommand())
        {
            progress.Transaction = transaction;
            // Chunks complete in any order, so the job's checkpoint (last_customer) is not moved: its chunks are.
            progress.CommandText = """
                UPDATE job_chunks SET raised = @raised, reopened = @reopened, closed = @closed WHERE job_id = @id AND chunk_no = @no;
                UPDATE screening_jobs SET customers_done = customers_done + @n,
                    raised = raised + @raised, reopened = reopened + @reopened, closed = closed + @closed
                WHERE id = @id
                """;
            progress.Param("@n", outcomes.Count);
            progress.Param("@raised", counts.Raised);
            progress.Param("@reopened", counts.Reopened);
            progress.Param("@closed", counts.Closed);
            progress.Param("@id", job.Id);
            progress.Param("@no", chunkNo);
            progress.ExecuteNonQuery();
        }
        if (proofs is { Count: > 0 }) ScreeningLog.AppendIn(connection, transaction, proofs, at);
        transaction.Commit();
        return counts;
    }

    /// <summary>Counts one more delivery of a chunk to the worker who now holds it; returns the attempts so far.</summary>
    public int RecordAttempt(long jobId, int chunkNo, string worker)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE job_chunks SET attempts = attempts + 1, worker = @worker WHERE job_id = @job AND chunk_no = @no RETURNING attempts";
        command.Param("@worker", worker);
        command.Param("@job", jobId);
        command.Param("@no", chunkNo);
        return command.ExecuteScalar() is long attempts ? (int)attempts : 0;
    }

    /// <summary>Marks a chunk that is not done as failed with the reason.</summary>
    public void FailChunk(long jobId, int chunkNo, string reason, string worker, DateTimeOffset at)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE job_chunks SET state = 'failed', error = @error, worker = @worker, finished_at = @at
            WHERE job_id = @job AND chunk_no = @no AND state = 'queued'
            """;
        command.Param("@error", reason);
        command.Param("@worker", worker);
        command.Param("@at", StoreText.Instant(at));
        command.Param("@job", jobId);
        command.Param("@no", chunkNo);
        command.ExecuteNonQuery();
    }

    /// <summary>Puts the failed chunks of an unfinished job back in the queue; returns every chunk now queued (those and the ones never done), which a resume publishes again.</summary>
    public IReadOnlyList<JobChunk> RequeueFailed(long jobId)
    {
        using (var connection = database.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                UPDATE job_chunks SET state = 'queued', error = NULL, worker = NULL, finished_at = NULL, attempts = 0
                WHERE job_id = @job AND state = 'failed'
                  AND EXISTS (SELECT 1 FROM screening_jobs WHERE id = @job AND finished_at IS NULL)
                """;
            command.Param("@job", jobId);
            command.ExecuteNonQuery();
        }
        return [.. Chunks(jobId).Where(c => c.State == "queued")];
    }

    /// <summary>Finishes the job if every chunk is done and no one finished it yet; otherwise null.</summary>
    public ScreeningJob? FinishIfComplete(ScreeningJob job, IReadOnlyDictionary<string, long>? screenedVersions, IReadOnlyDictionary<string, string> removedReasons, DateTimeOffset at)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginWrite();
        using (var guard = connection.CreateCommand())
        {
            guard.Transaction = transaction;
            guard.CommandText = """
                UPDATE screening_jobs SET finished_at = @at, outcome = 'done'
                WHERE id = @id AND finished_at IS NULL
                  AND EXISTS (SELECT 1 FROM job_chunks WHERE job_id = @id)
                  AND NOT EXISTS (SELECT 1 FROM job_chunks WHERE job_id = @id AND state <> 'done')
                """;
            guard.Param("@at", StoreText.Instant(at));
            guard.Param("@id", job.Id);
            if (guard.ExecuteNonQuery() == 0) return null;
        }
        // From here on as FinishJob: removed entries' alerts closed with the reason, the screening state, the audit entry.
        var closed = CloseRemovedAndRecordState(connection, transaction, job, screenedVersions, removedReasons, at);
        using (var count = connection.CreateCommand())
        {
            count.Transaction = transaction;
            count.CommandText = "UPDATE screening_jobs SET closed = closed + @closed WHERE id = @id";
            count.Param("@closed", closed);
            count.Param("@id", job.Id);
            count.ExecuteNonQuery();
        }
        var done = ReadJobs(connection, transaction, $"WHERE id = {job.Id}")[0];
        AuditLog.Append(connection, transaction, "screening.finish", DetailJson.Of(
            ("job", job.Id), ("kind", job.Kind), ("lists", job.ListKey), ("customers", done.CustomersDone),
            ("raised", done.Raised), ("reopened", done.Reopened), ("closed", done.Closed), ("distributed", "chunks")), at);
        transaction.Commit();
        return done;
    }

    /// <summary>The most recent jobs (or one), newest first, with their chunk counts.</summary>
    public IReadOnlyList<JobProgress> Progress(int count, long? jobId = null)
    {
        using var connection = database.OpenConnection();
        var jobs = ReadJobs(connection, null, jobId is { } id ? $"WHERE id = {id}" : $"ORDER BY id DESC LIMIT {count}");
        if (jobs.Count == 0) return [];
        var chunks = new Dictionary<long, (int Total, int Done, int Failed, long Customers, double Drift)>();
        var outcomes = new Dictionary<long, string?>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT job_id, COUNT(*), SUM(CASE WHEN state = 'done' THEN 1 ELSE 0 END), SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END),
                       SUM(customers), MAX(max_drift)
                FROM job_chunks WHERE job_id BETWEEN {jobs.Min(j => j.Id)} AND {jobs.Max(j => j.Id)} GROUP BY job_id
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read()) chunks[reader.GetInt64(0)] = (reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt64(4), reader.GetDouble(5));
        }
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT id, outcome FROM screening_jobs WHERE id BETWEEN {jobs.Min(j => j.Id)} AND {jobs.Max(j => j.Id)}";
            using var reader = command.ExecuteReader();
            while (reader.Read()) outcomes[reader.GetInt64(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
        }
        return [.. jobs.Select(job =>
        {
            var c = chunks.TryGetValue(job.Id, out var found) ? found : default;
            var state = job.FinishedAt is not null ? (outcomes.GetValueOrDefault(job.Id) ?? "done") : c.Failed > 0 ? "failed" : "running";
            return new JobProgress(job, state, c.Total, c.Done, c.Failed, c.Total > 0 ? c.Customers : job.CustomersDone, c.Drift);
        })];
    }
}
