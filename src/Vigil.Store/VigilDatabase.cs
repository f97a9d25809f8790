using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Vigil.Store.Sqlite;

/// <summary>The SQLite database in <c>$VIGIL_HOME/vigil.db</c>: opened in WAL mode with its schema migrated.</summary>
/// <remarks>
/// Every store call takes its own pooled connection from <see cref="OpenConnection"/>, so one instance may be shared
/// by concurrent callers. Writers serialise on SQLite's lock; <see cref="BusyTimeout"/> is how long one waits.
/// </remarks>
internal sealed class VigilDatabase : IDisposable
{
    /// <summary>How long a statement waits for another writer's lock before failing.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    private readonly string _connectionString;

    private VigilDatabase(string path, string connectionString)
    {
        Path = path;
        _connectionString = connectionString;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/> and applies pending migrations.</summary>
    public static VigilDatabase Open(string path) => Open(path, Migrations.Embedded);

    internal static VigilDatabase Open(string path, IReadOnlyList<Migration> migrations)
    {
        var full = System.IO.Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        };
        var db = new VigilDatabase(full, builder.ToString());
        using (var connection = db.OpenConnection())
        {
            // WAL is a property of the file: set once, it holds for every later connection.
            Execute(connection, "PRAGMA journal_mode = WAL;");
            Migrate(connection, migrations);
        }
        return db;
    }

    /// <summary>A new connection with foreign keys on and the busy timeout set; the caller disposes it.</summary>
    internal SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};");
        return connection;
    }

    /// <summary>The versions recorded in <c>schema_migrations</c>, ascending.</summary>
    internal IReadOnlyList<int> AppliedMigrations()
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_migrations ORDER BY version";
        using var reader = command.ExecuteReader();
        var versions = new List<int>();
        while (reader.Read()) versions.Add(reader.GetInt32(0));
        return versions;
    }

    private static void Migrate(SqliteConnection connection, IReadOnlyList<Migration> migrations)
    {
        // The common case, an up-to-date file, needs no write lock: readers opening the database never queue behind a load.
        var newest = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        if (newest > 0 && AppliedSummary(connection) == (newest, migrations.Count)) return;

        // BEGIN IMMEDIATE takes the write lock first, so two processes opening a new home cannot both apply 0001.
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                applied_at TEXT NOT NULL
            );
            """, transaction);

        var applied = new HashSet<int>();
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT version FROM schema_migrations";
            using var reader = read.ExecuteReader();
            while (reader.Read()) applied.Add(reader.GetInt32(0));
        }
        if (applied.Count > 0 && applied.Max() > newest)
            throw new InvalidOperationException(
                $"the database {connection.DataSource} has schema version {applied.Max()}, newer than this vigil knows ({newest}); use a newer vigil");

        foreach (var migration in migrations.OrderBy(m => m.Version))
        {
            if (applied.Contains(migration.Version)) continue;
            Execute(connection, migration.Sql, transaction);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $at)";
            record.Parameters.AddWithValue("$v", migration.Version);
            record.Parameters.AddWithValue("$n", migration.Name);
            record.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>The newest applied version and how many are applied (a gap filled later shows in the count).</summary>
    private static (int Newest, int Count)? AppliedSummary(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
        if (command.ExecuteScalar() is null) return null;
        command.CommandText = "SELECT MAX(version), COUNT(*) FROM schema_migrations";
        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0) ? (reader.GetInt32(0), reader.GetInt32(1)) : null;
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Closes the pooled connections to this file.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
