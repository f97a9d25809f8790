namespace Vigil.Store.Sql;

/// <summary>
/// What <see cref="Sqlite.SqliteStore"/> and <see cref="Postgres.PostgresStore"/> share: the store's parts, built once over
/// one <see cref="VigilDatabase"/> (the provider-neutral code of this namespace, with the database's dialect).
/// </summary>
public abstract class SqlStore : IVigilStore
{
    private protected SqlStore(VigilDatabase database)
    {
        SqlDatabase = database;
        Lists = new ListVersionStore(database);
        Customers = new CustomerStore(database);
        var screening = new ScreeningStore(database);
        Screening = screening;
        Chunks = screening;
        Outbox = new WebhookOutbox(database);
        Audit = new AuditLog(database);
        Keys = new ApiKeyStore(database);
        SyncState = new SyncStateStore(database);
        Screenings = new ScreeningLog(database);
        Overview = new OverviewQuery(database);
    }

    private protected VigilDatabase SqlDatabase { get; }

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
    public IJobChunks Chunks { get; }

    /// <summary>Closes the database (its pooled connections).</summary>
    public void Dispose()
    {
        SqlDatabase.Dispose();
        GC.SuppressFinalize(this);
    }
}
