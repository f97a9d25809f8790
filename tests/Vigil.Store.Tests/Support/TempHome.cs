namespace Vigil.Store.Tests.Support;

/// <summary>A fresh temp directory with a real <c>vigil.db</c> in it; deleted on dispose.</summary>
internal sealed class TempHome : IDisposable
{
    public TempHome()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vigil-store-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Database = VigilDatabase.Open(DatabasePath);
        Lists = new ListVersionStore(Database);
    }

    public string Directory { get; }
    public string DatabasePath => System.IO.Path.Combine(Directory, "vigil.db");
    public VigilDatabase Database { get; }
    public ListVersionStore Lists { get; }

    /// <summary>Runs a scalar query on a separate raw connection, to check what is really in the file.</summary>
    public long Count(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        Database.Dispose();
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { /* a leftover temp dir is harmless */ }
    }
}
