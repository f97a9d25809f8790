using Vigil.Core.Alerts;

namespace Vigil.Store.Sql;

/// <summary>The <c>webhook_outbox</c> table, as the sender reads it; rows are queued by <see cref="AlertWriter"/> inside a batch.</summary>
internal sealed class WebhookOutbox(VigilDatabase database) : IWebhookOutbox
{
    /// <summary>Outbox rows not yet delivered whose next attempt is due, oldest first.</summary>
    public IReadOnlyList<OutboxItem> DueDeliveries(DateTimeOffset now, int max)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, url, event, payload, attempts FROM webhook_outbox
            WHERE delivered_at IS NULL AND next_attempt_at <= @now ORDER BY id LIMIT @n
            """;
        command.Param("@now", StoreText.Instant(now));
        command.Param("@n", max);
        using var reader = command.ExecuteReader();
        var list = new List<OutboxItem>();
        while (reader.Read()) list.Add(new OutboxItem(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4)));
        return list;
    }

    /// <summary>How many outbox rows are not delivered yet.</summary>
    public long UndeliveredCount()
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM webhook_outbox WHERE delivered_at IS NULL";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Records one delivery attempt: delivered, or failed with the error and when to try again.</summary>
    public void RecordAttempt(long id, DateTimeOffset at, string? failure, DateTimeOffset? nextAttempt)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = failure is null
            ? "UPDATE webhook_outbox SET attempts = attempts + 1, delivered_at = @at, last_error = NULL WHERE id = @id"
            : "UPDATE webhook_outbox SET attempts = attempts + 1, last_error = @error, next_attempt_at = @next WHERE id = @id";
        command.Param("@at", StoreText.Instant(at));
        command.Param("@error", failure is null ? DBNull.Value : failure);
        command.Param("@next", nextAttempt is { } n ? StoreText.Instant(n) : DBNull.Value);
        command.Param("@id", id);
        command.ExecuteNonQuery();
    }
}
