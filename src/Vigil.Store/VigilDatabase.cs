using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Vigil.Store.Sql;

/// <summary>
/// The store's database: the SQLite file <c>$VIGIL_HOME/vigil.db</c> (WAL mode) or a PostgreSQL database, with its
/// schema migrated when opened.
/// </summary>
/// <remarks>
/// Every store call takes its own pooled connection from <see cref="OpenConnection"/>, so one instance may be shared
/// by concurrent callers. Writers serialise on the store's write lock (<see cref="Db.BeginWrite"/>).
/// </remarks>
internal sealed class VigilDatabase : IDisposable
{
    private readonly string _connectionString;

    private VigilDatabase(StoreDialect dialect, string path, string connectionString)
    {
        Dialect = dialect;
        Path = path;
        _connectionString = connectionString;
    }

    /// <summary>What differs between the engines.</summary>
    public StoreDialect Dialect { get; }

    /// <summary>The database file (SQLite), or <c>host:port/database</c> (PostgreSQL; never the password).</summary>
    public string Path { get; }

    /// <summary>Opens (creating if needed) the SQLite file at <paramref name="path"/> and applies pending migrations.</summary>
    public static VigilDatabase Open(string path) => Open(path, Migrations.Sqlite);

    internal static VigilDatabase Open(string path, IReadOnlyList<Migration> migrations)
    {
        var full = System.IO.Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = (int)SqliteDialect.BusyTimeout.TotalSeconds,
        };
        var db = new VigilDatabase(SqliteDialect.Instance, full, builder.ToString());
        using (var connection = db.OpenConnection())
        {
            // WAL is a property of the file: set once, it holds for every later connection.
            connection.Execute("PRAGMA journal_mode = WAL;");
            db.Migrate(connection, migrations);
        }
        return db;
    }

    /// <summary>Connects to the PostgreSQL database of <paramref name="connectionString"/> (Npgsql form) and applies pending migrations.</summary>
    internal static VigilDatabase OpenPostgres(string connectionString) => OpenPostgres(connectionString, Migrations.Postgres);

    internal static VigilDatabase OpenPostgres(string connectionString, IReadOnlyList<Migration> migrations)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var db = new VigilDatabase(PostgresDialect.Instance, Describe(builder), builder.ConnectionString);
        using (var connection = db.OpenConnection())
            db.Migrate(connection, migrations);
        return db;
    }

    /// <summary><c>host:port/database</c>: how messages name a PostgreSQL database, without credentials.</summary>
    internal static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"postgresql://{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";

    /// <summary>A new connection with the session settings the store needs; the caller disposes it.</summary>
    internal DbConnection OpenConnection() => Dialect.Open(_connectionString);

    /// <summary>The versions recorded in <c>schema_migrations</c>, ascending.</summary>
    internal IReadOnlyList<int> AppliedMigrations()
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_migrations ORDER BY version";
        using var reader = command.ExecuteReader();
        var versions = new List<int>();
        while (reader.Read()) versions.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        return versions;
    }

    private void Migrate(DbConnection connection, IReadOnlyList<Migration> migrations)
    {
        // The common case, an up-to-date database, needs no write lock: readers opening it never queue behind a load.
        var newest = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        if (newest > 0 && AppliedSummary(connection) == (newest, migrations.Count)) return;

        // The migration lock comes first, so two processes opening a new database cannot both apply 0001.
        using var transaction = Dialect.BeginMigration(connection);
        connection.Execute(Dialect.MigrationTableDdl, transaction);

        var applied = new HashSet<int>();
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT version FROM schema_migrations";
            using var reader = read.ExecuteReader();
            while (reader.Read()) applied.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        }
        if (applied.Count > 0 && applied.Max() > newest)
            throw new InvalidOperationException(
                $"the database {Path} has schema version {applied.Max()}, newer than this vigil knows ({newest}); use a newer vigil");

        foreach (var migration in migrations.OrderBy(m => m.Version))
        {
            if (applied.Contains(migration.Version)) continue;
            connection.Execute(migration.Sql, transaction);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @at)";
            record.Param("@v", migration.Version);
            record.Param("@n", migration.Name);
            record.Param("@at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>The newest applied version and how many are applied (a gap filled later shows in the count).</summary>
    private (int Newest, int Count)? AppliedSummary(DbConnection connection)
    {
        if (!Dialect.HasMigrationTable(connection)) return null;
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(version), COUNT(*) FROM schema_migrations";
        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0)
            ? (Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture))
            : null;
    }

    internal static void Execute(DbConnection connection, string sql, DbTransaction? transaction = null) => connection.Execute(sql, transaction);

    /// <summary>Closes the pooled connections to this database.</summary>
    public void Dispose() => Dialect.ClearPool(_connectionString);
}
