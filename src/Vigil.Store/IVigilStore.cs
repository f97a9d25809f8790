namespace Vigil.Store;

/// <summary>
/// One unit of work on Vigil's state: every store concern Workflows use, opened by <c>VigilHome</c> (the one place that
/// picks the backend) and disposed when the work is done.
/// </summary>
/// <remarks>
/// Each method is its own transaction, and each transaction holds everything that must change together: a batch's
/// alerts, decisions, audit entries, outbox rows and job checkpoint; a list version with its active pointer and audit
/// entry. A failed call changes nothing. A backend implements every interface here and passes the contract tests in
/// <c>tests/Vigil.Store.Tests/Contract</c> by adding one subclass of <c>StoreContractTests</c>.
/// </remarks>
public interface IVigilStore : IDisposable
{
    /// <summary>Loaded list versions, their entities, and which one is active per source.</summary>
    IListVersionStore Lists { get; }

    /// <summary>The customer register and its revision history.</summary>
    ICustomerStore Customers { get; }

    /// <summary>Screening jobs over the register, their alerts, decisions and near misses.</summary>
    IScreeningStore Screening { get; }

    /// <summary>Webhook events waiting to be delivered.</summary>
    IWebhookOutbox Outbox { get; }

    /// <summary>The append-only, hash-chained audit log.</summary>
    IAuditLog Audit { get; }

    /// <summary>Hashes of the API keys the server accepts.</summary>
    IApiKeyStore Keys { get; }

    /// <summary>Per source and file, the validators of the last download (conditional requests).</summary>
    ISyncStateStore SyncState { get; }

    /// <summary>Proof of every screening (who, what, against which list versions), sealed into the audit chain.</summary>
    IScreeningLog Screenings { get; }

    /// <summary>The figures of the overview page (open alerts by age, decisions and screenings per day), as aggregates.</summary>
    IOverviewQuery Overview { get; }

    /// <summary>Jobs cut into chunks for <c>vigil worker</c> processes.</summary>
    IJobChunks Chunks { get; }
}
