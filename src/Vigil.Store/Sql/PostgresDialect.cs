using System.Data;
using System.Data.Common;
using System.Text;
using Npgsql;

namespace Vigil.Store.Sql;

/// <summary>PostgreSQL: many nodes on one database; writers serialise on one transaction-scoped advisory lock.</summary>
/// <remarks>
/// Every store write appends to the audit chain, whose next row depends on the last one, so writers take one lock
/// (<c>pg_advisory_xact_lock(WriteLock)</c>) as their first statement and hold it until commit or rollback: the same
/// one-writer-at-a-time rule as SQLite's <c>BEGIN IMMEDIATE</c>, across every process and node on the database. Under
/// READ COMMITTED each later statement of the transaction sees every write committed before the lock was granted.
/// Readers take no lock (MVCC). Advisory locks are per database, so databases sharing a server do not contend.
/// </remarks>
internal sealed class PostgresDialect : StoreDialect
{
    /// <summary>The store's write (and migration) lock: "Vigil" in ASCII, then 1.</summary>
    public const long WriteLock = 0x5669_6769_6C00_0001;

    /// <summary>The channel a node notifies when a source's active list version changes; the payload is the source.</summary>
    public const string ListChannel = "vigil_lists";

    public static readonly PostgresDialect Instance = new();

    public override string Engine => "PostgreSQL";

    public override DbConnection Open(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }

    public override DbTransaction BeginWrite(DbConnection connection)
    {
        var transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
        try
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT pg_advisory_xact_lock(@k)";
            command.Param("@k", WriteLock);
            command.ExecuteNonQuery();
            return transaction;
        }
        catch
        {
            transaction.Dispose();
            throw;
        }
    }

    public override DbTransaction BeginRead(DbConnection connection) => connection.BeginTransaction(IsolationLevel.RepeatableRead);

    public override DbTransaction BeginMigration(DbConnection connection) => BeginWrite(connection);

    public override bool HasMigrationTable(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT to_regclass('schema_migrations') IS NOT NULL";
        return command.ExecuteScalar() is true;
    }

    public override string MigrationTableDdl => """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    // pg_notify inside the transaction: delivered to listeners when (and only if) it commits.
    public override void ListActivated(DbConnection connection, DbTransaction transaction, string source)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_notify(@channel, @source)";
        command.Param("@channel", ListChannel);
        command.Param("@source", source);
        command.ExecuteNonQuery();
    }

    public override byte[] ReadUtf8(DbDataReader reader, int ordinal) => Encoding.UTF8.GetBytes(reader.GetString(ordinal));

    // The pool is the process's, shared by every store opened on this database (one per unit of work); Npgsql closes
    // idle connections itself. Clearing it on each dispose would make every unit of work reconnect and authenticate.
    public override void ClearPool(string connectionString) { }
}
