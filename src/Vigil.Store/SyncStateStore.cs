namespace Vigil.Store.Sql;

/// <summary>The <c>sync_state</c> table: per source and file, the validators of the copy the active version was loaded from.</summary>
internal sealed class SyncStateStore(VigilDatabase database) : ISyncStateStore
{
    /// <summary>The files of <paramref name="source"/>, by file name.</summary>
    public IReadOnlyList<SyncFileState> Files(string source)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT file, url, etag, last_modified, sha256, checked_at FROM sync_state WHERE source = @s ORDER BY file";
        command.Param("@s", source);
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
        using var transaction = connection.BeginWrite();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM sync_state WHERE source = @s";
        command.Param("@s", source);
        command.ExecuteNonQuery();
        command.CommandText = """
            INSERT INTO sync_state (source, file, url, etag, last_modified, sha256, checked_at)
            VALUES (@s, @f, @u, @e, @m, @h, @at)
            """;
        foreach (var f in files)
        {
            command.Parameters.Clear();
            command.Param("@s", source);
            command.Param("@f", f.File);
            command.Param("@u", f.Url);
            command.Param("@e", f.ETag is null ? DBNull.Value : f.ETag);
            command.Param("@m", f.LastModified is null ? DBNull.Value : f.LastModified);
            command.Param("@h", f.Sha256);
            command.Param("@at", StoreText.Instant(f.CheckedAt));
            command.ExecuteNonQuery();
        }
        AuditLog.Append(connection, transaction, "list.sync", auditDetail, at);
        transaction.Commit();
    }

    /// <summary>Audits a sync that changed nothing or failed (the state stays as it was).</summary>
    public void Audit(string auditDetail, DateTimeOffset at) => new AuditLog(database).Append("list.sync", auditDetail, at);
}
