using Microsoft.Data.Sqlite;

namespace Vigil.Store;

/// <summary>The append-only record of what was done to the store (loads, later runs and reviews).</summary>
/// <remarks>Rows are never updated or deleted; triggers in <c>0001_initial.sql</c> refuse both.</remarks>
public sealed class AuditLog(VigilDatabase database)
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
        command.CommandText = "SELECT id, at, action, detail FROM audit_log ORDER BY id DESC LIMIT $n";
        command.Parameters.AddWithValue("$n", count);
        using var reader = command.ExecuteReader();
        var entries = new List<AuditEntry>();
        while (reader.Read())
            entries.Add(new AuditEntry(reader.GetInt64(0), StoreText.ParseInstant(reader.GetString(1)), reader.GetString(2), reader.GetString(3)));
        return entries;
    }

    /// <summary>Appends inside the caller's transaction, so the entry commits or rolls back with the change it records.</summary>
    internal static void Append(SqliteConnection connection, SqliteTransaction? transaction, string action, string detailJson, DateTimeOffset at)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO audit_log (at, action, detail) VALUES ($at, $action, $detail)";
        command.Parameters.AddWithValue("$at", StoreText.Instant(at));
        command.Parameters.AddWithValue("$action", action);
        command.Parameters.AddWithValue("$detail", detailJson);
        command.ExecuteNonQuery();
    }
}
