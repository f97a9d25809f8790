using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Vigil.Store.Sql;

/// <summary>What differs between the SQL engines the store runs on; every query and table is shared.</summary>
/// <remarks>
/// The store classes write SQL both engines accept (named <c>@parameters</c>, <c>ON CONFLICT</c>, <c>RETURNING</c>,
/// times as fixed-width UTC text). What cannot be shared is here: opening connections, the write lock, the migration
/// lock and bookkeeping, and the list-change notification.
/// </remarks>
internal abstract class StoreDialect
{
    /// <summary>The engine's name in messages.</summary>
    public abstract string Engine { get; }

    /// <summary>The dialect of a connection the store opened.</summary>
    public static StoreDialect Of(DbConnection connection) => connection switch
    {
        SqliteConnection => SqliteDialect.Instance,
        NpgsqlConnection => PostgresDialect.Instance,
        _ => throw new NotSupportedException($"{connection.GetType().Name} is not a store connection"),
    };

    /// <summary>Opens a connection with the session settings the store needs; the caller disposes it.</summary>
    public abstract DbConnection Open(string connectionString);

    /// <summary>A transaction holding the store-wide write lock from its start.</summary>
    public abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>A transaction whose statements read one snapshot.</summary>
    public abstract DbTransaction BeginRead(DbConnection connection);

    /// <summary>
    /// A transaction for applying migrations: holds the migration lock, so two processes opening a new database at once
    /// apply each migration once.
    /// </summary>
    public abstract DbTransaction BeginMigration(DbConnection connection);

    /// <summary>Whether <c>schema_migrations</c> exists.</summary>
    public abstract bool HasMigrationTable(DbConnection connection);

    /// <summary>The DDL of <c>schema_migrations</c> (created if missing).</summary>
    public abstract string MigrationTableDdl { get; }

    /// <summary>Tells other nodes that the active version of <paramref name="source"/> changed, when this transaction commits.</summary>
    public abstract void ListActivated(DbConnection connection, DbTransaction transaction, string source);

    /// <summary>A text column's value as UTF-8 bytes (the entity JSON, deserialised without a string in between where possible).</summary>
    public abstract byte[] ReadUtf8(DbDataReader reader, int ordinal);

    /// <summary>Drops the pooled connections of this database.</summary>
    public abstract void ClearPool(string connectionString);
}
