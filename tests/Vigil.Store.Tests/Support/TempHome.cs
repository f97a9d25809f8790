using Vigil.Store.Sql;
using Vigil.Store.Sqlite;

namespace Vigil.Store.Tests.Support;

/// <summary>A fresh temp directory with a real <c>vigil.db</c> in it, opened as the store and as the raw database; deleted on dispose.</summary>
internal sealed class TempHome : IDisposable
{
    public TempHome()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vigil-store-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Store = SqliteStore.Open(DatabasePath);
        Database = VigilDatabase.Open(DatabasePath);
    }

    public string Directory { get; }
    public string DatabasePath => System.IO.Path.Combine(Directory, "vigil.db");

    /// <summary>The store, through the seam.</summary>
    public SqliteStore Store { get; }

    /// <summary>The same file as the SQLite implementation sees it, for SQLite-only tests (migrations, WAL, tampering).</summary>
    public VigilDatabase Database { get; }

    /// <summary>Runs a scalar query on a separate raw connection, to check what is really in the file.</summary>
    public long Count(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a statement on a separate raw connection (to tamper with the file or to write rows as an old Vigil did).</summary>
    public void Execute(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Store.Dispose();
        Database.Dispose();
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { /* a leftover temp dir is harmless */ }
    }
}
