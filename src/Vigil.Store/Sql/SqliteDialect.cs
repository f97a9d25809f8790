using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Vigil.Store.Sql;

/// <summary>SQLite: one file in WAL mode; writers serialise on the file's lock (<c>BEGIN IMMEDIATE</c>).</summary>
internal sealed class SqliteDialect : StoreDialect
{
    /// <summary>How long a statement waits for another writer's lock before failing.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    public static readonly SqliteDialect Instance = new();

    public override string Engine => "SQLite";

    public override DbConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        connection.Execute($"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};");
        return connection;
    }

    // IMMEDIATE takes the write lock first, so a transaction that reads then writes cannot build on a stale read.
    public override DbTransaction BeginWrite(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    // A deferred transaction's first read fixes its WAL snapshot.
    public override DbTransaction BeginRead(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: true);

    public override DbTransaction BeginMigration(DbConnection connection) => BeginWrite(connection);

    public override bool HasMigrationTable(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
        return command.ExecuteScalar() is not null;
    }

    public override string MigrationTableDdl => """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    // One process per file in practice; the processes sharing a file poll (VigilHome), there is no one to notify.
    public override void ListActivated(DbConnection connection, DbTransaction transaction, string source) { }

    public override byte[] ReadUtf8(DbDataReader reader, int ordinal) => reader.GetFieldValue<byte[]>(ordinal);

    public override void ClearPool(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
