using Vigil.Store.Sql;

namespace Vigil.Store.Sqlite;

/// <summary>The SQLite backend of <see cref="IVigilStore"/>: one <c>vigil.db</c> file in WAL mode, migrated when opened.</summary>
/// <remarks>
/// Every call takes its own pooled connection, so one instance may be shared by concurrent callers; writers serialise
/// on SQLite's lock. The only public type of this namespace: everything else is reached through the seam.
/// </remarks>
public sealed class SqliteStore : SqlStore
{
    private SqliteStore(VigilDatabase database)
        : base(database)
    {
    }

    /// <summary>Opens (creating if needed) the database file at <paramref name="path"/> and applies pending migrations.</summary>
    /// <exception cref="Microsoft.Data.Sqlite.SqliteException">The file cannot be opened or is not a database.</exception>
    /// <exception cref="InvalidOperationException">The file was written by a newer Vigil (a schema version this one does not know).</exception>
    public static SqliteStore Open(string path) => new(VigilDatabase.Open(path));

    /// <summary>The database file.</summary>
    public string Path => SqlDatabase.Path;
}
