namespace Vigil.Store.Sqlite;

/// <summary>The <c>sync_state</c> table: per source and file, the validators of the copy the active version was loaded from.</summary>
internal sealed class SyncStateStore(VigilDatabase database) : ISyncStateStore
{
    /// <summary>The files of <paramref name="source"/>, by file name.</summary>
    public IReadOnlyList<SyncFileState> Files(string source)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT file, url, etag, last_modified, sha256, checked_at FROM sync_state WHERE source = $s ORDER BY file";
        command.Parameters.AddWithValue("$s", source);
        using var reader = command.ExecuteReader();
        var list = new List<SyncFileState>();
        while (reader.Read())
            list.Add(new SyncFileState(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), StoreText.ParseInstant(reader.GetString(5))));
        return list;
    }

    /// <summary>Replaces the source's rows and appends the sync's audit entry, in one transaction.</summary>
    public void Save(string source, IReadOnlyList<SyncFileState> files, string auditDetail, DateTimeOffset at)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM sync_state WHERE source = $s";
        command.Parameters.AddWithValue("$s", source);
        command.ExecuteNonQuery();
        command.CommandText = """
            INSERT INTO sync_state (source, file, url, etag, last_modified, sha256, checked_at)
            VALUES ($s, $f, $u, $e, $m, $h, $at)
            """;
        foreach (var f in files)
        {
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$s", source);
            command.Parameters.AddWithValue("$f", f.File);
            command.Parameters.AddWithValue("$u", f.Url);
            command.Parameters.AddWithValue("$e", f.ETag is null ? DBNull.Value : f.ETag);
            command.Parameters.AddWithValue("$m", f.LastModified is null ? DBNull.Value : f.LastModified);
            command.Parameters.AddWithValue("$h", f.Sha256);
            command.Parameters.AddWithValue("$at", StoreText.Instant(f.CheckedAt));
            command.ExecuteNonQuery();
        }
        AuditLog.Append(connection, transaction, "list.sync", auditDetail, at);
        transaction.Commit();
    }

    /// <summary>Audits a sync that changed nothing or failed (the state stays as it was).</summary>
    public void Audit(string auditDetail, DateTimeOffset at) => new AuditLog(database).Append("list.sync", auditDetail, at);
}
