using System.Data;
using System.Data.Common;
using Vigil.Core.Alerts;

namespace Vigil.Store.Sql;

/// <summary>Screening jobs over the customer register, the alerts they raise, reviewers' decisions and the webhook outbox.</summary>
/// <remarks>
/// Every write is one transaction holding the alert changes, their decisions, their audit entries and their outbox
/// rows, so a process killed at any point leaves them consistent with each other; a job's progress commits with its
/// batch, so a rerun resumes after the last committed customer.
/// </remarks>
internal sealed partial class ScreeningStore(VigilDatabase database) : IScreeningStore
{
    /// <summary>Who the engine's own state changes are attributed to.</summary>
    public const string EngineReviewer = IScreeningStore.EngineReviewer;

    /// <summary>The states a reviewer may set.</summary>
    public static IReadOnlyList<string> DecisionStates => IScreeningStore.DecisionStates;

    /// <summary>Per source, the list version the whole register was last screened against.</summary>
    public IReadOnlyDictionary<string, long> ScreeningState()
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT source, version_id FROM screening_state";
        using var reader = command.ExecuteReader();
        var state = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read()) state[reader.GetString(0)] = reader.GetInt64(1);
        return state;
    }

    /// <summary>The job a killed process left unfinished, if any.</summary>
    public ScreeningJob? UnfinishedJob()
    {
        using var connection = database.OpenConnection();
        return ReadJobs(connection, null, "WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1").FirstOrDefault();
    }

    /// <summary>The most recent jobs, newest first.</summary>
    public IReadOnlyList<ScreeningJob> Jobs(int count)
    {
        using var connection = database.OpenConnection();
        return ReadJobs(connection, null, $"ORDER BY id DESC LIMIT {count}");
    }

    /// <summary>Records the start of a job, with the engine and the scoring profile that will raise its alerts.</summary>
    public ScreeningJob StartJob(string kind, string listKey, IReadOnlyCollection<string>? targets, IReadOnlyCollection<string> removed,
        string engineVersion, string profile, DateTimeOffset at)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginWrite();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO screening_jobs (kind, list_key, targets, removed, from_versions, engine_version, profile, started_at)
            VALUES (@kind, @key, @targets, @removed, '{}', @engine, @profile, @at) RETURNING id
            """;
        command.Param("@kind", kind);
        command.Param("@key", listKey);
        command.Param("@targets", targets is null ? DBNull.Value : DetailJson.Array(targets.Order(StringComparer.Ordinal)));
        command.Param("@removed", DetailJson.Array(removed.Order(StringComparer.Ordinal)));
        command.Param("@engine", engineVersion);
        command.Param("@profile", profile);
        command.Param("@at", StoreText.Instant(at));
        var id = (long)command.ExecuteScalar()!;
        AuditLog.Append(connection, transaction, "screening.start", DetailJson.Of(
            ("job", id), ("kind", kind), ("lists", listKey), ("entries", targets is null ? "all" : targets.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("removed", removed.Count), ("engine_version", engineVersion), ("profile", profile)), at);
        var job = ReadJobs(connection, transaction, $"WHERE id = {id}")[0];
        transaction.Commit();
        return job;
    }

    /// <summary>
    /// Applies one batch of customers' results: raises, updates, re-opens and closes their alerts among the entries the
    /// job screened (<see cref="ScreeningJob.Targets"/>), marks fully screened customers, and moves the job's checkpoint.
    /// </summary>
    public AlertCounts ApplyBatch(ScreeningJob job, IReadOnlyList<CustomerOutcome> outcomes, IReadOnlyList<string> webhookUrls, DateTimeOffset at,
        IReadOnlyList<ScreeningProof>? proofs = null)
    {
        if (outcomes.Count == 0) return new AlertCounts(0, 0, 0, 0);
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginWrite();
        var counts = ApplyOutcomes(connection, transaction, job, outcomes, webhookUrls, at);
        using (var progress = connection.CreateCommand())
        {
            progress.Transaction = transaction;
            progress.CommandText = """
                UPDATE screening_jobs SET last_customer = @last, customers_done = customers_done + @n,
                    raised = raised + @raised, reopened = reopened + @reopened, closed = closed + @closed
                WHERE id = @id
                """;
            progress.Param("@last", outcomes[^1].CustomerId);
            progress.Param("@n", outcomes.Count);
            progress.Param("@raised", counts.Raised);
            progress.Param("@reopened", counts.Reopened);
            progress.Param("@closed", counts.Closed);
            progress.Param("@id", job.Id);
            progress.ExecuteNonQuery();
        }
        // Proof of screening commits with the batch's checkpoint: a resumed job neither skips nor repeats a record.
        if (proofs is { Count: > 0 }) ScreeningLog.AppendIn(connection, transaction, proofs, at);
        transaction.Commit();
        return counts;
    }

    /// <summary>
    /// Finishes a job: closes the live alerts of entries the list change removed (reason recorded), records the versions
    /// the register is now screened against (<paramref name="screenedVersions"/>, null to leave them), and audits it.
    /// </summary>
    public ScreeningJob FinishJob(ScreeningJob job, IReadOnlyDictionary<string, long>? screenedVersions, IReadOnlyDictionary<string, string> removedReasons, DateTimeOffset at)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginWrite();
        var closed = CloseRemovedAndRecordState(connection, transaction, job, screenedVersions, removedReasons, at);
        using (var finish = connection.CreateCommand())
        {
            finish.Transaction = transaction;
            finish.CommandText = "UPDATE screening_jobs SET closed = closed + @closed, finished_at = @at, outcome = 'done' WHERE id = @id";
            finish.Param("@closed", closed);
            finish.Param("@at", StoreText.Instant(at));
            finish.Param("@id", job.Id);
            finish.ExecuteNonQuery();
        }
        var done = ReadJobs(connection, transaction, $"WHERE id = {job.Id}")[0];
        AuditLog.Append(connection, transaction, "screening.finish", DetailJson.Of(
            ("job", job.Id), ("kind", job.Kind), ("lists", job.ListKey), ("customers", done.CustomersDone),
            ("raised", done.Raised), ("reopened", done.Reopened), ("closed", done.Closed)), at);
        transaction.Commit();
        return done;
    }

    /// <summary>
    /// Per customer, the entries whose score must be re-checked when word rarities move: live alerts and near misses,
    /// with the score they had (<c>source:id</c> → score).
    /// </summary>
    public Dictionary<string, Dictionary<string, double>> Watched(IReadOnlyList<string> customerIds)
    {
        var watched = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        if (customerIds.Count == 0) return watched;
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT customer_id, source || ':' || source_id, score FROM alerts WHERE state <> 'closed' AND customer_id BETWEEN @a AND @b
            UNION ALL
            SELECT customer_id, source || ':' || source_id, score FROM near_misses WHERE customer_id BETWEEN @a AND @b
            """;
        command.Param("@a", customerIds.Min(StringComparer.Ordinal));
        command.Param("@b", customerIds.Max(StringComparer.Ordinal));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (!watched.TryGetValue(reader.GetString(0), out var entries)) watched[reader.GetString(0)] = entries = new(StringComparer.Ordinal);
            entries[reader.GetString(1)] = reader.GetDouble(2);
        }
        return watched;
    }

    /// <summary>
    /// What finishing a job does besides its own row (<see cref="FinishJob"/>, <see cref="FinishIfComplete"/>): closes the
    /// live alerts of the entries the list change removed, with the reason, and records the versions screened (null
    /// leaves them); returns the alerts closed.
    /// </summary>
    private static int CloseRemovedAndRecordState(DbConnection connection, DbTransaction transaction, ScreeningJob job,
        IReadOnlyDictionary<string, long>? screenedVersions, IReadOnlyDictionary<string, string> removedReasons, DateTimeOffset at)
    {
        var writer = new AlertWriter(connection, transaction, job, [], at);
        var closed = 0;
        foreach (var key in job.Removed)
            closed += writer.CloseEntry(key, removedReasons.TryGetValue(key, out var r) ? r : $"{key} was removed from its list");
        if (screenedVersions is null) return closed;
        using var state = connection.CreateCommand();
        state.Transaction = transaction;
        state.CommandText = """
            INSERT INTO screening_state (source, version_id) VALUES (@s, @v)
            ON CONFLICT (source) DO UPDATE SET version_id = excluded.version_id
            """;
        foreach (var (source, version) in screenedVersions)
        {
            state.Parameters.Clear();
            state.Param("@s", source);
            state.Param("@v", version);
            state.ExecuteNonQuery();
        }
        return closed;
    }

    /// <summary>Most values bound in one statement of a batched read or write (two per row for pairs): well within SQLite's and PostgreSQL's limits.</summary>
    internal const int RowsPerStatement = 500;

    /// <summary>
    /// The work <see cref="ApplyBatch"/> and <see cref="CompleteChunk"/> share: each customer's alerts and near misses, and
    /// the screened mark of every customer screened against all entries. Reads and writes common to every customer (their
    /// live alerts, clearing their near misses, the marks) go as a few statements per batch instead of a few per customer:
    /// on PostgreSQL each statement is a round trip, and per-customer statements made a chunk of 1,000 take about a second.
    /// </summary>
    private static AlertCounts ApplyOutcomes(DbConnection connection, DbTransaction transaction, ScreeningJob job,
        IReadOnlyList<CustomerOutcome> outcomes, IReadOnlyList<string> webhookUrls, DateTimeOffset at)
    {
        var writer = new AlertWriter(connection, transaction, job, webhookUrls, at);
        writer.Preload([.. outcomes.Select(o => o.CustomerId)]);
        var whole = outcomes.Where(o => o.InScope is null).ToList();
        foreach (var part in whole.Chunk(RowsPerStatement))
        {
            using var clear = connection.CreateCommand();
            clear.Transaction = transaction;
            clear.CommandText = $"DELETE FROM near_misses WHERE customer_id IN ({InList(clear, "@c", part.Select(o => o.CustomerId))})";
            clear.ExecuteNonQuery();
        }
        var counts = new AlertCounts(0, 0, 0, 0);
        foreach (var outcome in outcomes)
        {
            counts += writer.Apply(outcome);
            ReplaceNearMisses(connection, transaction, outcome);
        }
        foreach (var part in whole.Chunk(RowsPerStatement))
        {
            // VALUES names its columns column1, column2 in both SQLite and PostgreSQL.
            using var mark = connection.CreateCommand();
            mark.Transaction = transaction;
            var rows = string.Join(", ", part.Select((o, i) =>
            {
                mark.Param($"@i{i}", o.CustomerId);
                mark.Param($"@r{i}", o.Revision);
                return $"(@i{i}, @r{i})";
            }));
            mark.CommandText = $"""
                UPDATE customers SET screened_revision = v.column2
                FROM (VALUES {rows}) AS v WHERE customers.id = v.column1 AND customers.revision = v.column2
                """;
            mark.ExecuteNonQuery();
        }
        return counts;
    }

    /// <summary>Binds <paramref name="values"/> as <c>@prefix0, @prefix1, ...</c> and returns that list for an <c>IN (...)</c>.</summary>
    internal static string InList(DbCommand command, string prefix, IEnumerable<string> values) =>
        string.Join(", ", values.Select((v, i) =>
        {
            command.Param(prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture), v);
            return prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }));

    /// <summary>A customer's near misses: those of the entries screened are replaced by the outcome's (all of them when the
    /// customer was screened against every entry: <see cref="ApplyOutcomes"/> cleared those already).</summary>
    private static void ReplaceNearMisses(DbConnection connection, DbTransaction transaction, CustomerOutcome outcome)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (outcome.InScope is { } inScope)
        {
            var stale = new List<(string Source, string SourceId)>();
            command.CommandText = "SELECT source, source_id FROM near_misses WHERE customer_id = @c";
            command.Param("@c", outcome.CustomerId);
            using (var reader = command.ExecuteReader())
                while (reader.Read())
                    if (inScope(reader.GetString(0) + ":" + reader.GetString(1))) stale.Add((reader.GetString(0), reader.GetString(1)));
            command.CommandText = "DELETE FROM near_misses WHERE customer_id = @c AND source = @s AND source_id = @id";
            var s = command.Slot("@s", DbType.String);
            var id = command.Slot("@id", DbType.String);
            foreach (var (staleSource, staleId) in stale)
            {
                s.Value = staleSource;
                id.Value = staleId;
                command.ExecuteNonQuery();
            }
        }
        if (outcome.NearMisses.Count == 0) return;
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO near_misses (customer_id, source, source_id, score) VALUES (@c, @s, @id, @score)
            ON CONFLICT (customer_id, source, source_id) DO UPDATE SET score = excluded.score
            """;
        insert.Param("@c", outcome.CustomerId);
        var source = insert.Slot("@s", DbType.String);
        var sourceId = insert.Slot("@id", DbType.String);
        var score = insert.Slot("@score", DbType.Double);
        foreach (var (key, value) in outcome.NearMisses)
        {
            var colon = key.IndexOf(':', StringComparison.Ordinal);
            source.Value = key[..colon];
            sourceId.Value = key[(colon + 1)..];
            score.Value = value;
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>Marks an unfinished job as overtaken (the active lists changed again before it could resume).</summary>
    public void Supersede(ScreeningJob job, DateTimeOffset at)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginWrite();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE screening_jobs SET finished_at = @at, outcome = 'superseded' WHERE id = @id";
        command.Param("@at", StoreText.Instant(at));
        command.Param("@id", job.Id);
        command.ExecuteNonQuery();
        AuditLog.Append(connection, transaction, "screening.superseded",
            DetailJson.Of(("job", job.Id), ("kind", job.Kind), ("lists", job.ListKey), ("customers_done", job.CustomersDone)), at);
        transaction.Commit();
    }

    private static List<ScreeningJob> ReadJobs(DbConnection connection, DbTransaction? transaction, string where)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT id, kind, list_key, targets, removed, engine_version, last_customer, customers_done, raised, reopened, closed,
                   started_at, finished_at, profile
            FROM screening_jobs {where}
            """;
        using var reader = command.ExecuteReader();
        var jobs = new List<ScreeningJob>();
        while (reader.Read())
            jobs.Add(new ScreeningJob(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : DetailJson.ReadArray(reader.GetString(3)), DetailJson.ReadArray(reader.GetString(4)),
                reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10),
                StoreText.ParseInstant(reader.GetString(11)), reader.IsDBNull(12) ? null : StoreText.ParseInstant(reader.GetString(12)),
                reader.GetString(13)));
        return jobs;
    }
}
