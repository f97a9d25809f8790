using Vigil.Store;
using Vigil.Store.Sqlite;

namespace Vigil.Workflows;

/// <summary>Where Vigil keeps its state: <c>$VIGIL_HOME</c>, default <c>~/.vigil</c>. The one place that reads the environment.</summary>
public sealed record VigilHome(string Directory)
{
    /// <summary>The SQLite database file.</summary>
    public string DatabasePath => Path.Combine(Directory, "vigil.db");

    /// <summary>The prepared screening index of the active lists (see <see cref="Screening.IndexLoader"/>); derived, safe to delete.</summary>
    public string IndexSnapshotPath => Path.Combine(Directory, "index.snapshot");

    /// <summary>Opens the store for one unit of work, creating it and applying migrations as needed.</summary>
    /// <remarks>The one place that picks the backend (SQLite, the file <see cref="DatabasePath"/>); Workflows see only the seam.</remarks>
    internal IVigilStore OpenStore()
    {
        System.IO.Directory.CreateDirectory(Directory);
        try
        {
            return SqliteStore.Open(DatabasePath);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new VigilException($"{DatabasePath}: cannot open the database: {ex.Message}", ex);
        }
    }

    /// <summary>Resolves <c>VIGIL_HOME</c> (or <c>~/.vigil</c>) and creates the directory.</summary>
    public static VigilHome FromEnvironment()
    {
        var dir = Environment.GetEnvironmentVariable("VIGIL_HOME");
        if (string.IsNullOrWhiteSpace(dir))
            dir = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".vigil");
        System.IO.Directory.CreateDirectory(dir);
        return new VigilHome(Path.GetFullPath(dir));
    }
}
