using Vigil.Store.Sql;

namespace Vigil.Store.Sqlite;

/// <summary>The SQLite backend of <see cref="IVigilStore"/>: one <c>vigil.db</c> file in WAL mode, migrated when opened.</summary>
/// <remarks>
/// Every call takes its own pooled connection, so one instance may be shared by concurrent callers; writers serialise
/// on SQLite's lock. The only public type of this namespace: everything else is reached through the seam.
/// </remarks>
public sealed class SqliteStore : IVigilStore
{
    private readonly VigilDatabase _database;

    private SqliteStore(VigilDatabase database)
    {
        _database = database;
        Lists = new ListVersionStore(database);
        Customers = new CustomerStore(database);
        Screening = new ScreeningStore(database);
        Outbox = new WebhookOutbox(database);
        Audit = new AuditLog(database);
        Keys = new ApiKeyStore(database);
        SyncState = new SyncStateStore(database);
        Screenings = new ScreeningLog(database);
        Overview = new OverviewQuery(database);
    }

    /// <summary>Opens (creating if needed) the database file at <paramref name="path"/> and applies pending migrations.</summary>
    /// <exception cref="Microsoft.Data.Sqlite.SqliteException">The file cannot be opened or is not a database.</exception>
    /// <exception cref="InvalidOperationException">The file was written by a newer Vigil (a schema version this one does not know).</exception>
    public static SqliteStore Open(string path) => new(VigilDatabase.Open(path));

    /// <summary>The database file.</summary>
    public string Path => _database.Path;

    /// <inheritdoc/>
    public IListVersionStore Lists { get; }

    /// <inheritdoc/>
    public ICustomerStore Customers { get; }

    /// <inheritdoc/>
    public IScreeningStore Screening { get; }

    /// <inheritdoc/>
    public IWebhookOutbox Outbox { get; }

    /// <inheritdoc/>
    public IAuditLog Audit { get; }

    /// <inheritdoc/>
    public IApiKeyStore Keys { get; }

    /// <inheritdoc/>
    public ISyncStateStore SyncState { get; }

    /// <inheritdoc/>
    public IScreeningLog Screenings { get; }

    /// <inheritdoc/>
    public IOverviewQuery Overview { get; }

    /// <inheritdoc/>
    public IJobChunks Chunks => (IJobChunks)Screening;

    /// <summary>Closes the pooled connections to the file.</summary>
    public void Dispose() => _database.Dispose();
}
