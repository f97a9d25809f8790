using System.Data.Common;
using Vigil.Store;

namespace Vigil.Workflows.Audit;

/// <summary>The store as opened by <see cref="VigilHome"/>: when the unit of work ends, the audit head file is moved to the chain's new end.</summary>
/// <remarks>
/// Every method of the store commits on its own, so by <see cref="Dispose"/> everything appended is committed; one
/// head write per unit of work (not per row) keeps batch screening cheap. A failed head write only leaves the head
/// lagging, which verify accepts and repairs; it never fails the work that was done.
/// </remarks>
internal sealed class AnchoredStore(IVigilStore inner, string headPath) : IVigilStore
{
    /// <inheritdoc/>
    public IListVersionStore Lists => inner.Lists;

    /// <inheritdoc/>
    public ICustomerStore Customers => inner.Customers;

    /// <inheritdoc/>
    public IScreeningStore Screening => inner.Screening;

    /// <inheritdoc/>
    public IWebhookOutbox Outbox => inner.Outbox;

    /// <inheritdoc/>
    public IAuditLog Audit => inner.Audit;

    /// <inheritdoc/>
    public IApiKeyStore Keys => inner.Keys;

    /// <inheritdoc/>
    public ISyncStateStore SyncState => inner.SyncState;

    /// <inheritdoc/>
    public IScreeningLog Screenings => inner.Screenings;

    /// <inheritdoc/>
    public IOverviewQuery Overview => inner.Overview;

    /// <inheritdoc/>
    public IJobChunks Chunks => inner.Chunks;

    /// <summary>Advances the head file, then closes the store.</summary>
    public void Dispose()
    {
        try
        {
            AuditHead.Advance(headPath, inner.Audit, inner.Audit.Tail());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbException or VigilException)
        {
            // The head lags; verify names a damaged head and accepts a lagging one.
        }
        finally
        {
            inner.Dispose();
        }
    }
}
