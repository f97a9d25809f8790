using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Vigil.Cli.Tests.Scale;

/// <summary>One chunk of a job as its row says: state, deliveries, the worker that holds or did it, customers done.</summary>
internal sealed record ChunkRow(int No, string State, int Attempts, string? Worker, long CustomersDone);

/// <summary>
/// A job's rows read straight from the store's database, as another process sees them while workers write: the same
/// SQL on SQLite (read-only connection) and PostgreSQL.
/// </summary>
internal sealed class JobRows(Func<DbConnection> open)
{
    public static JobRows Sqlite(string home) => new(() =>
        new SqliteConnection($"Data Source={Path.Combine(home, "vigil.db")};Mode=ReadOnly;Pooling=false;Default Timeout=10"));

    public static JobRows Postgres(string connectionString) => new(() => new NpgsqlConnection(connectionString));

    public List<ChunkRow> Chunks(long job) => Query(
        $"SELECT chunk_no, state, attempts, worker, customers_done FROM job_chunks WHERE job_id = {Id(job)} ORDER BY chunk_no",
        r => new ChunkRow(Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), r.GetString(1), Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture),
            r.IsDBNull(3) ? null : r.GetString(3), Convert.ToInt64(r.GetValue(4), CultureInfo.InvariantCulture)));

    public int Done(long job) => Chunks(job).Count(c => c.State == "done");

    public bool Finished(long job) =>
        Query($"SELECT COUNT(*) FROM screening_jobs WHERE id = {Id(job)} AND finished_at IS NOT NULL", r => Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture))[0] == 1;

    /// <summary>The audit entries that finished <paramref name="job"/>: exactly one when the job finished once.</summary>
    public int FinishAudits(long job) => Query("SELECT detail FROM audit_log WHERE action = 'screening.finish'", r => r.GetString(0))
        .Count(detail =>
        {
            using var doc = JsonDocument.Parse(detail);
            return doc.RootElement.GetProperty("job").GetInt64() == job;
        });

    /// <summary>The newest unfinished job, or null.</summary>
    public (long Id, string Kind)? Unfinished()
    {
        var rows = Query("SELECT id, kind FROM screening_jobs WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1",
            r => (Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), r.GetString(1)));
        return rows.Count == 0 ? null : rows[0];
    }

    private static string Id(long job) => job.ToString(CultureInfo.InvariantCulture);

    private List<T> Query<T>(string sql, Func<DbDataReader, T> read)
    {
        using var connection = open();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }
}
