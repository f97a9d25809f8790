using System.Data;
using System.Data.Common;

namespace Vigil.Store.Sql;

/// <summary>The <c>screening_records</c> table (0008): proof of every screening, sealed batch by batch into the audit chain.</summary>
internal sealed class ScreeningLog(VigilDatabase database) : IScreeningLog
{
    private const string Columns =
        "id, at, actor, channel, ref, input_sha256, input_size, input, list_versions, engine_version, profile, hits, alerts, audit_id";

    /// <inheritdoc/>
    public IReadOnlyList<ScreeningProof> Append(IReadOnlyList<ScreeningProof> records, DateTimeOffset at)
    {
        if (records.Count == 0) return [];
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginWrite();
        var stored = AppendIn(connection, transaction, records, at);
        transaction.Commit();
        return stored;
    }

    /// <summary>Writes the records and their sealing audit entry inside the caller's write transaction (BEGIN IMMEDIATE).</summary>
    /// <summary>Records per INSERT statement.</summary>
    private const int RowsPerInsert = 200;

    internal static List<ScreeningProof> AppendIn(DbConnection connection, DbTransaction transaction, IReadOnlyList<ScreeningProof> records, DateTimeOffset at)
    {
        long next;
        using (var max = connection.CreateCommand())
        {
            max.Transaction = transaction;
            max.CommandText = "SELECT COALESCE(MAX(id), 0) + 1 FROM screening_records";
            next = (long)max.ExecuteScalar()!;
        }
        // The audit entry comes next in the chain (this transaction holds the write lock), so rows can name it as they go in.
        long auditId;
        using (var last = connection.CreateCommand())
        {
            last.Transaction = transaction;
            last.CommandText = "SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log";
            auditId = (long)last.ExecuteScalar()!;
        }
        var stored = new List<ScreeningProof>(records.Count);
        // Many rows per INSERT (14 values each, well under both databases' limits): on PostgreSQL a statement is a round
        // trip, and a rescreen of 100,000 customers writes 100,000 records.
        foreach (var part in records.Chunk(RowsPerInsert))
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            var rows = new List<string>(part.Length);
            for (var i = 0; i < part.Length; i++)
            {
                // Stored at the store's precision, so the export and the batch hash read back exactly what was hashed.
                var record = part[i] with { Id = next++, At = StoreText.ParseInstant(StoreText.Instant(part[i].At)), AuditId = auditId };
                var n = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                insert.Param("@id" + n, record.Id);
                insert.Param("@at" + n, StoreText.Instant(record.At));
                insert.Param("@actor" + n, record.Actor);
                insert.Param("@channel" + n, record.Channel);
                insert.Param("@ref" + n, (object?)record.Ref ?? DBNull.Value);
                insert.Param("@sha" + n, record.InputSha256);
                insert.Param("@size" + n, (long)record.InputSize);
                insert.Param("@input" + n, (object?)record.Input ?? DBNull.Value);
                insert.Param("@versions" + n, ScreeningProofJson.WriteVersions(record.ListVersions));
                insert.Param("@engine" + n, record.EngineVersion);
                insert.Param("@profile" + n, record.Profile);
                insert.Param("@hits" + n, (long)record.Hits);
                insert.Param("@alerts" + n, (long)record.Alerts);
                insert.Param("@audit" + n, auditId);
                rows.Add($"(@id{n}, @at{n}, @actor{n}, @channel{n}, @ref{n}, @sha{n}, @size{n}, @input{n}, @versions{n}, @engine{n}, @profile{n}, @hits{n}, @alerts{n}, @audit{n})");
                stored.Add(record);
            }
            insert.CommandText = $"INSERT INTO screening_records ({Columns}) VALUES {string.Join(", ", rows)}";
            insert.ExecuteNonQuery();
        }
        AuditLog.Append(connection, transaction, "screening.record", DetailJson.Of(
            ("first", stored[0].Id), ("last", stored[^1].Id), ("count", stored.Count), ("sha256", ScreeningProofJson.BatchHash(stored))), at);
        return stored;
    }

    /// <inheritdoc/>
    public IEnumerable<ScreeningProof> Read(DateTimeOffset? from, DateTimeOffset? until)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns} FROM screening_records
            WHERE (@from IS NULL OR at >= @from) AND (@to IS NULL OR at < @to) ORDER BY id
            """;
        command.Param("@from", from is { } f ? StoreText.Instant(f) : DBNull.Value);
        command.Param("@to", until is { } t ? StoreText.Instant(t) : DBNull.Value);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return new ScreeningProof(
                reader.GetInt64(0), StoreText.ParseInstant(reader.GetString(1)), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5), reader.GetInt64(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                ScreeningProofJson.ReadVersions(reader.GetString(8)), reader.GetString(9), reader.GetString(10), reader.GetInt32(11), reader.GetInt32(12),
                reader.IsDBNull(13) ? 0 : reader.GetInt64(13));
    }

    /// <inheritdoc/>
    public long Purge(DateTimeOffset before, DateTimeOffset at)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginWrite();
        long count, lastId;
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM screening_records WHERE at < @before";
            read.Param("@before", StoreText.Instant(before));
            using var reader = read.ExecuteReader();
            reader.Read();
            (count, lastId) = (reader.GetInt64(0), reader.GetInt64(1));
        }
        if (count == 0) return 0;
        using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM screening_records WHERE at < @before";
            delete.Param("@before", StoreText.Instant(before));
            delete.ExecuteNonQuery();
        }
        AuditLog.Append(connection, transaction, "screening.purge", DetailJson.Of(
            ("before", StoreText.Instant(before)), ("count", count), ("last", lastId)), at);
        transaction.Commit();
        return count;
    }
}
