using Vigil.Contracts;
using System.Data;
using System.Data.Common;

namespace Vigil.Store.Sql;

/// <summary>The <c>api_keys</c> table: hashes of the keys <c>vigil serve</c> accepts. The keys themselves are never stored.</summary>
/// <remarks>Creation and revocation each write an audit entry in the same transaction.</remarks>
internal sealed class ApiKeyStore(VigilDatabase database) : IApiKeyStore
{
    private const string Columns = "id, name, key_hash, created_at, revoked_at, role";

    /// <summary>Stores a new live key under <paramref name="name"/> with <paramref name="role"/>.</summary>
    /// <exception cref="ArgumentException">A live key already has this name, or the role is unknown.</exception>
    public ApiKeyRecord Add(string name, string keyHash, DateTimeOffset at, string role = KeyRoles.Admin)
    {
        var stored = KeyRoles.Parse(role)
            ?? throw new ArgumentException($"'{role}' is not a role; use one of {string.Join(", ", KeyRoles.All)}", nameof(role));
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginWrite();
        if (Query(connection, transaction, $"SELECT {Columns} FROM api_keys WHERE name = @p AND revoked_at IS NULL", name).Count > 0)
            throw new ArgumentException($"a live key named '{name}' exists; revoke it first or choose another name", nameof(name));
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO api_keys (name, key_hash, created_at, role) VALUES (@name, @hash, @at, @role)";
            insert.Param("@role", stored);
            insert.Param("@name", name);
            insert.Param("@hash", keyHash);
            insert.Param("@at", StoreText.Instant(at));
            insert.ExecuteNonQuery();
        }
        AuditLog.Append(connection, transaction, "api_key.create", DetailJson.Of(("name", name), ("role", stored)), at);
        var record = Query(connection, transaction, $"SELECT {Columns} FROM api_keys WHERE key_hash = @p", keyHash)[0];
        transaction.Commit();
        return record;
    }

    /// <summary>Marks the live key named <paramref name="name"/> revoked; null when there is none.</summary>
    public ApiKeyRecord? Revoke(string name, DateTimeOffset at)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginWrite();
        var live = Query(connection, transaction, $"SELECT {Columns} FROM api_keys WHERE name = @p AND revoked_at IS NULL", name);
        if (live.Count == 0) return null;
        using (var update = connection.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText = "UPDATE api_keys SET revoked_at = @at WHERE id = @id";
            update.Param("@at", StoreText.Instant(at));
            update.Param("@id", live[0].Id);
            update.ExecuteNonQuery();
        }
        AuditLog.Append(connection, transaction, "api_key.revoke", Detail(name), at);
        transaction.Commit();
        return live[0] with { RevokedAt = StoreText.ParseInstant(StoreText.Instant(at)) };
    }

    /// <summary>The key with this hash, live or revoked; null when unknown.</summary>
    public ApiKeyRecord? FindByHash(string keyHash)
    {
        using var connection = database.OpenConnection();
        var found = Query(connection, null, $"SELECT {Columns} FROM api_keys WHERE key_hash = @p", keyHash);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Every key, oldest first.</summary>
    public IReadOnlyList<ApiKeyRecord> All()
    {
        using var connection = database.OpenConnection();
        return Query(connection, null, $"SELECT {Columns} FROM api_keys ORDER BY id", null);
    }

    private static List<ApiKeyRecord> Query(DbConnection connection, DbTransaction? transaction, string sql, string? parameter)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (parameter is not null) command.Param("@p", parameter);
        using var reader = command.ExecuteReader();
        var keys = new List<ApiKeyRecord>();
        while (reader.Read())
            keys.Add(new ApiKeyRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                StoreText.ParseInstant(reader.GetString(3)), reader.IsDBNull(4) ? null : StoreText.ParseInstant(reader.GetString(4)), reader.GetString(5)));
        return keys;
    }

    private static string Detail(string name) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["name"] = name });
}
