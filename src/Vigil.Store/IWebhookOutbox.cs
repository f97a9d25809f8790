using Vigil.Core.Alerts;

namespace Vigil.Store;

/// <summary>Webhook events waiting to be delivered; <see cref="IScreeningStore.ApplyBatch"/> queues them with the alert changes.</summary>
public interface IWebhookOutbox
{
    /// <summary>Events not yet delivered whose next attempt is due at <paramref name="now"/>, oldest first; at most <paramref name="max"/>.</summary>
    IReadOnlyList<OutboxItem> DueDeliveries(DateTimeOffset now, int max);

    /// <summary>How many events are not delivered yet.</summary>
    long UndeliveredCount();

    /// <summary>Records one delivery attempt: delivered (<paramref name="error"/> null), or failed with the error and when to try again.</summary>
    void RecordAttempt(long id, DateTimeOffset at, string? failure, DateTimeOffset? nextAttempt);
}
