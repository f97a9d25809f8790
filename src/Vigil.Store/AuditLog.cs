using System.Data;
using System.Data.Common;

namespace Vigil.Store.Sql;

/// <summary>The append-only, hash-chained record of what was done to the store: loads, syncs, screenings, alerts, decisions.</summary>
/// <remarks>
/// Rows are never updated or deleted; triggers refuse both (0001), except sealing a row once (0004). Each row's
/// <c>hash</c> is SHA-256 over its id, time, action, detail and the previous row's hash (<see cref="AuditChain.HashOf"/>), so
/// editing, inserting or removing a row breaks the chain at that row, which <see cref="Verify"/> names.
/// </remarks>
internal sealed class AuditLog(VigilDatabase database) : IAuditLog
{
    /// <summary>Appends one entry in its own transaction.</summary>
    public void Append(string action, string detailJson, DateTimeOffset at)
    {
        using var connection = database.OpenConnection();
        Append(connection, null, action, detailJson, at);
    }

    /// <summary>The latest entries, newest first.</summary>
    public IReadOnlyList<AuditEntry> Latest(int count)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, at, action, detail FROM audit_log ORDER BY id DESC LIMIT @n";
        command.Param("@n", count);
        using var reader = command.ExecuteReader();
        var entries = new List<AuditEntry>();
        while (reader.Read())
            entries.Add(new AuditEntry(reader.GetInt64(0), StoreText.ParseInstant(reader.GetString(1)), reader.GetString(2), reader.GetString(3)));
        return entries;
    }

    /// <summary>The entries with <paramref name="from"/> ≤ time &lt; <paramref name="until"/> (either bound optional), oldest first.</summary>
    public IEnumerable<ChainedAuditEntry> Read(DateTimeOffset? from, DateTimeOffset? until)
    {
        Seal();
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, at, action, detail, prev_hash, hash FROM audit_log
            WHERE (@from IS NULL OR at >= @from) AND (@to IS NULL OR at < @to) ORDER BY id
            """;
        command.Param("@from", from is { } f ? StoreText.Instant(f) : DBNull.Value);
        command.Param("@to", until is { } t ? StoreText.Instant(t) : DBNull.Value);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return new ChainedAuditEntry(
                new AuditEntry(reader.GetInt64(0), StoreText.ParseInstant(reader.GetString(1)), reader.GetString(2), reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5));
    }

    /// <summary>Seals rows written before the chain existed (0004), then checks every row's link and hash in id order.</summary>
    public AuditVerification Verify()
    {
        Seal();
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, at, action, detail, prev_hash, hash FROM audit_log ORDER BY id";
        using var reader = command.ExecuteReader();
        var previous = "";
        long count = 0;
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            var prevHash = reader.IsDBNull(4) ? null : reader.GetString(4);
            var hash = reader.IsDBNull(5) ? null : reader.GetString(5);
            if (hash is null || prevHash is null)
                return new AuditVerification(count, id, $"row {id} has no hash: it was not written through the audit log");
            if (prevHash != previous)
                return new AuditVerification(count, id,
                    $"row {id} does not follow the row before it (prev_hash {Short(prevHash)}, the chain has {Short(previous)}): a row before it was removed, inserted or edited");
            var expected = AuditChain.HashOf(id, reader.GetString(1), reader.GetString(2), reader.GetString(3), prevHash);
            if (expected != hash)
                return new AuditVerification(count, id,
                    $"row {id} ({reader.GetString(2)} at {reader.GetString(1)}) was changed after it was written: its content hashes to {Short(expected)}, the chain recorded {Short(hash)}");
            previous = hash;
            count++;
        }
        return new AuditVerification(count, null, null);
    }

    /// <summary>The last sealed row's id and hash; null for an empty log. One index step from the end.</summary>
    public AuditTail? Tail()
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1";
        using var reader = command.ExecuteReader();
        return reader.Read() ? new AuditTail(reader.GetInt64(0), reader.GetString(1)) : null;
    }

    /// <summary>The number of rows.</summary>
    public long Count()
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM audit_log";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The stored hash of row <paramref name="id"/>; null when there is no such row (or it is not sealed yet).</summary>
    public string? HashAt(long id)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT hash FROM audit_log WHERE id = @id";
        command.Param("@id", id);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Chains rows that have no hash yet (rows from before 0004), in one write transaction.</summary>
    private void Seal()
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginWrite();
        SealPending(connection, transaction);
        transaction.Commit();
    }

    /// <summary>Appends inside the caller's transaction, so the entry commits or rolls back with the change it records.</summary>
    /// <remarks>The transaction must hold the write lock (BEGIN IMMEDIATE), so the chain's tail cannot move meanwhile.</remarks>
    internal static void Append(DbConnection connection, DbTransaction? transaction, string action, string detailJson, DateTimeOffset at)
    {
        if (transaction is null)
        {
            using var own = connection.BeginWrite();
            Append(connection, own, action, detailJson, at);
            own.Commit();
            return;
        }
        var (lastId, lastHash) = SealPending(connection, transaction);
        var id = lastId + 1;
        var atText = StoreText.Instant(at);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO audit_log (id, at, action, detail, prev_hash, hash) VALUES (@id, @at, @action, @detail, @prev, @hash)";
        command.Param("@id", id);
        command.Param("@at", atText);
        command.Param("@action", action);
        command.Param("@detail", detailJson);
        command.Param("@prev", lastHash);
        command.Param("@hash", AuditChain.HashOf(id, atText, action, detailJson, lastHash));
        command.ExecuteNonQuery();
    }

    /// <summary>Seals unsealed rows in id order; returns the last row's id and hash ("" for an empty log).</summary>
    private static (long Id, string Hash) SealPending(DbConnection connection, DbTransaction transaction)
    {
        using var last = connection.CreateCommand();
        last.Transaction = transaction;
        last.CommandText = "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1";
        using (var reader = last.ExecuteReader())
        {
            if (!reader.Read()) return (0, "");
            if (!reader.IsDBNull(1)) return (reader.GetInt64(0), reader.GetString(1));
        }

        var pending = new List<(long Id, string At, string Action, string Detail)>();
        string previous;
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1";
            previous = read.ExecuteScalar() as string ?? "";
            read.CommandText = """
                SELECT id, at, action, detail FROM audit_log
                WHERE id > COALESCE((SELECT MAX(id) FROM audit_log WHERE hash IS NOT NULL), 0) ORDER BY id
                """;
            using var reader = read.ExecuteReader();
            while (reader.Read()) pending.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }
        using var seal = connection.CreateCommand();
        seal.Transaction = transaction;
        seal.CommandText = "UPDATE audit_log SET prev_hash = @prev, hash = @hash WHERE id = @id";
        var prevParam = seal.Slot("@prev", DbType.String);
        var hashParam = seal.Slot("@hash", DbType.String);
        var idParam = seal.Slot("@id", DbType.Int64);
        long lastId = 0;
        foreach (var row in pending)
        {
            var hash = AuditChain.HashOf(row.Id, row.At, row.Action, row.Detail, previous);
            prevParam.Value = previous;
            hashParam.Value = hash;
            idParam.Value = row.Id;
            seal.ExecuteNonQuery();
            previous = hash;
            lastId = row.Id;
        }
        return (lastId, previous);
    }

    private static string Short(string hash) => hash.Length == 0 ? "(start of chain)" : hash[..Math.Min(12, hash.Length)];
}
