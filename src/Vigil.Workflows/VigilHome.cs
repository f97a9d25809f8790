using Vigil.Store;
using Vigil.Store.Postgres;
using Vigil.Store.Sqlite;
using Vigil.Workflows.Audit;

namespace Vigil.Workflows;

/// <summary>Where Vigil keeps its state: <c>$VIGIL_HOME</c>, default <c>~/.vigil</c>. The one place that reads the environment.</summary>
/// <remarks>
/// The state holds customers' personal data, so on Unix the home is created 0700 and the files Vigil creates in it
/// 0600: the database is created empty with that mode before SQLite opens it, because SQLite gives its -wal and -shm
/// files the database file's mode; a database from an older, looser home is tightened when opened.
/// </remarks>
public sealed record VigilHome(string Directory)
{
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The SQLite database file (used when no PostgreSQL database is configured).</summary>
    public string DatabasePath => Path.Combine(Directory, "vigil.db");

    /// <summary>
    /// The PostgreSQL database to use instead of <see cref="DatabasePath"/>, from <c>VIGIL_DB</c>
    /// (<c>postgresql://user:password@host:port/database?sslmode=require</c>); null when unset. When null too, the key
    /// <c>database</c> of <c>vigil.json</c> is used if present (see <see cref="StoreLocation"/>).
    /// </summary>
    public string? DatabaseUrl { get; init; }

    /// <summary>The PostgreSQL URL the store opens (<see cref="DatabaseUrl"/>, else <c>vigil.json</c>'s <c>database</c>), or null for SQLite.</summary>
    /// <remarks>
    /// Read once per home and kept: the database is chosen when a process starts, so a <c>vigil.json</c> edited (or broken)
    /// while a server runs never moves it to another database mid-flight; changing the database takes a restart. An
    /// unreadable <c>vigil.json</c> on that first read is an error naming the file, never a silent fall-back to SQLite.
    /// </remarks>
    /// <exception cref="VigilException"><c>vigil.json</c> cannot be read on the first call.</exception>
    public string? StoreLocation()
    {
        if (DatabaseUrl is { } url) return url;
        lock (_storeChoice)
        {
            if (!_storeChoice.Resolved)
            {
                _storeChoice.Url = VigilConfig.Load(this).Database;
                _storeChoice.Resolved = true;
            }
            return _storeChoice.Url;
        }
    }

    private readonly StoreChoice _storeChoice = new();

    /// <summary>The copy a <c>with</c> expression makes: same directory and database, its own (unread) store choice.</summary>
    private VigilHome(VigilHome original)
    {
        Directory = original.Directory;
        DatabaseUrl = original.DatabaseUrl;
        _storeChoice = new StoreChoice();
    }

    /// <summary>The cached <see cref="StoreLocation"/> answer; not part of the home's identity.</summary>
    private sealed class StoreChoice
    {
        public bool Resolved;
        public string? Url;
    }

    /// <summary>Two homes are equal when they name the same directory and database (the cached choice is not compared).</summary>
    public bool Equals(VigilHome? other) =>
        other is not null && string.Equals(Directory, other.Directory, StringComparison.Ordinal) && string.Equals(DatabaseUrl, other.DatabaseUrl, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Directory, DatabaseUrl);

    /// <summary>The prepared screening index of the active lists (see <see cref="Screening.IndexLoader"/>); derived, safe to delete.</summary>
    public string IndexSnapshotPath => Path.Combine(Directory, "index.snapshot");

    /// <summary>The audit chain's head kept outside the database (see <see cref="AuditHead"/>).</summary>
    public string AuditHeadPath => Path.Combine(Directory, "audit.head");

    /// <summary>The key that signs audit export checkpoints (see <see cref="AuditKey"/>).</summary>
    public string AuditKeyPath => Path.Combine(Directory, "audit.key");

    /// <summary>Opens the store for one unit of work, creating it and applying migrations as needed.</summary>
    /// <remarks>
    /// The one place that picks the backend: PostgreSQL when <see cref="StoreLocation"/> names a database, else SQLite,
    /// the file <see cref="DatabasePath"/>; Workflows see only the seam.
    /// </remarks>
    internal IVigilStore OpenStore()
    {
        CreatePrivateDirectory(Directory);
        if (StoreLocation() is { } url) return new AnchoredStore(OpenPostgres(url), AuditHeadPath);
        try
        {
            CreatePrivateFile(DatabasePath);
            var store = SqliteStore.Open(DatabasePath);
            foreach (var suffix in (string[])["", "-wal", "-shm"]) TightenFile(DatabasePath + suffix);
            return new AnchoredStore(store, AuditHeadPath);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new VigilException($"{DatabasePath}: cannot open the database: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Listens for list versions made active by any node on the same PostgreSQL database (wakes the caller before its
    /// next poll); null on SQLite, which has no other nodes to hear from. The caller disposes it.
    /// </summary>
    public IListChangeFeed? OpenListChangeFeed()
    {
        if (StoreLocation() is not { } url) return null;
        using var store = OpenPostgres(url);
        return store.ListChanges();
    }

    /// <summary>Opens the PostgreSQL store; an error names the database (never the password).</summary>
    private static PostgresStore OpenPostgres(string url)
    {
        try
        {
            return PostgresStore.Open(url);
        }
        catch (ArgumentException ex)
        {
            throw new VigilException($"VIGIL_DB: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException or IOException or TimeoutException)
        {
            throw new VigilException($"{PostgresStore.Describe(url)}: cannot open the database: {ex.Message}", ex);
        }
    }

    /// <summary>Options for a new file only the owner may read (0600 on Unix).</summary>
    public static FileStreamOptions PrivateFileOptions(FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnlyFile;
        return options;
    }

    /// <summary>Creates <paramref name="path"/> (and its parents) as a directory only the owner may enter (0700 on Unix); an existing one is left as it is.</summary>
    public static void CreatePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows()) System.IO.Directory.CreateDirectory(path);
        else System.IO.Directory.CreateDirectory(path, OwnerOnlyDirectory);
    }

    /// <summary>Who runs the CLI: <c>$USER</c>, else the OS account name. What CLI decisions and screening records name.</summary>
    public static string OperatingSystemUser() =>
        Environment.GetEnvironmentVariable("USER") is { Length: > 0 } user ? user : Environment.UserName;

    /// <summary>Resolves <c>VIGIL_HOME</c> (or <c>~/.vigil</c>) and creates the directory.</summary>
    public static VigilHome FromEnvironment()
    {
        var dir = Environment.GetEnvironmentVariable("VIGIL_HOME");
        if (string.IsNullOrWhiteSpace(dir))
            dir = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".vigil");
        CreatePrivateDirectory(dir);
        return new VigilHome(Path.GetFullPath(dir)) { DatabaseUrl = DatabaseFromEnvironment() };
    }

    /// <summary><c>VIGIL_DB</c>, trimmed; null when unset or blank.</summary>
    public static string? DatabaseFromEnvironment() =>
        Environment.GetEnvironmentVariable("VIGIL_DB") is { } database && !string.IsNullOrWhiteSpace(database) ? database.Trim() : null;

    private static void CreatePrivateFile(string path)
    {
        if (OperatingSystem.IsWindows() || File.Exists(path)) return;
        try
        {
            new FileStream(path, PrivateFileOptions(FileMode.CreateNew)).Dispose();
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first, with the same mode.
        }
    }

    private static void TightenFile(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path)) return;
        try
        {
            if ((File.GetUnixFileMode(path) & ~OwnerOnlyFile) != 0) File.SetUnixFileMode(path, OwnerOnlyFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not ours to change (another owner): the home's 0700 still keeps others out.
        }
    }
}
