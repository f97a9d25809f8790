using Npgsql;
using Vigil.Store.Sql;

namespace Vigil.Store.Postgres;

/// <summary>The PostgreSQL backend of <see cref="IVigilStore"/>: one database shared by any number of processes and nodes.</summary>
/// <remarks>
/// The same store code as SQLite (<c>Vigil.Store.Sql</c>) with PostgreSQL's dialect: every call takes its own pooled
/// connection; writers serialise on one transaction-scoped advisory lock, so the audit chain stays one chain whichever
/// node writes; the schema is migrated under that lock when the store is opened (<c>Migrations/Postgres</c>).
/// </remarks>
public sealed class PostgresStore : SqlStore
{
    private readonly string _connectionString;

    private PostgresStore(VigilDatabase database, string connectionString)
        : base(database)
    {
        _connectionString = connectionString;
    }

    /// <summary>Connects to the database and applies pending migrations.</summary>
    /// <param name="connection">A URL (<c>postgresql://user:password@host:port/database?sslmode=require</c>) or an Npgsql connection string.</param>
    /// <exception cref="ArgumentException">The URL or connection string is malformed.</exception>
    /// <exception cref="NpgsqlException">The server cannot be reached or refuses the login.</exception>
    /// <exception cref="InvalidOperationException">The database was migrated by a newer Vigil (a schema version this one does not know).</exception>
    public static PostgresStore Open(string connection)
    {
        var builder = PostgresUrl.Parse(connection);
        return new PostgresStore(VigilDatabase.OpenPostgres(builder.ConnectionString), builder.ConnectionString);
    }

    /// <summary>How messages name the database: <c>postgresql://host:port/database</c>, never with the password.</summary>
    public static string Describe(string connection) => VigilDatabase.Describe(PostgresUrl.Parse(connection));

    /// <summary>The database, as <see cref="Describe"/> names it.</summary>
    public string Database => SqlDatabase.Path;

    /// <summary>Listens for list changes made by any node (<c>LISTEN vigil_lists</c> on a connection of its own); the caller disposes it.</summary>
    public IListChangeFeed ListChanges() => new PostgresListChangeFeed(_connectionString);
}
