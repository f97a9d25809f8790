using System.Data;
using System.Data.Common;
using Vigil.Core.Alerts;

namespace Vigil.Store.Sql;

internal sealed partial class ScreeningStore
{
    private const string AlertColumns = """
        a.id, a.customer_id, COALESCE(c.name, ''), a.source, a.source_id, a.score, a.matched_name, a.explanation, a.list_version_id,
        a.engine_version, a.job_id, a.state, a.raised_at, a.updated_at, a.closed_reason, a.profile, a.party, a.listings
        """;

    /// <summary>Alerts in id order, optionally of one state and/or one customer; at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<AlertRecord> Alerts(string? state = null, string? customerId = null, int limit = int.MaxValue)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {AlertColumns} FROM alerts a LEFT JOIN customers c ON c.id = a.customer_id
            WHERE (@state IS NULL OR a.state = @state) AND (@c IS NULL OR a.customer_id = @c)
            ORDER BY a.id LIMIT @n
            """;
        command.Param("@state", state is null ? DBNull.Value : state);
        command.Param("@c", customerId is null ? DBNull.Value : customerId);
        command.Param("@n", limit);
        return ReadAlerts(command);
    }

    /// <summary>One alert, or null.</summary>
    public AlertRecord? Alert(long id)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {AlertColumns} FROM alerts a LEFT JOIN customers c ON c.id = a.customer_id WHERE a.id = @id";
        command.Param("@id", id);
        return ReadAlerts(command).FirstOrDefault();
    }

    /// <summary>The state changes of an alert, oldest first.</summary>
    public IReadOnlyList<AlertDecision> Decisions(long alertId)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, alert_id, state, reviewer, at, reason FROM alert_decisions WHERE alert_id = @id ORDER BY id";
        command.Param("@id", alertId);
        using var reader = command.ExecuteReader();
        var list = new List<AlertDecision>();
        while (reader.Read())
            list.Add(new AlertDecision(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), StoreText.ParseInstant(reader.GetString(4)), reader.GetString(5)));
        return list;
    }

    /// <summary>Records a reviewer's decision on a live alert, with the fingerprints it was about, and audits it.</summary>
    /// <exception cref="ArgumentException">Unknown alert, a closed alert, or a state a reviewer may not set.</exception>
    public AlertRecord Decide(long alertId, string state, string reviewer, string reason, DateTimeOffset at, string? expectedState = null)
    {
        if (!DecisionStates.Contains(state)) throw new ArgumentException($"'{state}' is not one of {string.Join(", ", DecisionStates)}", nameof(state));
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginWrite();
        if (PendingProposal(connection, transaction, alertId) is { } pending)
            throw new ArgumentException($"alert {alertId} has a pending proposal ({pending.State} by '{pending.Proposer}'); approve or reject it first", nameof(alertId));
        ApplyDecision(connection, transaction, alertId, state, reviewer, reason, at, approvedBy: null, expectedState);
        transaction.Commit();
        return Alert(alertId)!;
    }

    /// <summary>Sets a live alert's state, records the decision and audits it, inside the caller's write transaction.</summary>
    /// <param name="approvedBy">The second reviewer of a four-eyes decision; null for a direct one.</param>
    /// <param name="expectedState">When given, the state the alert must be in (else <see cref="AlertConflictException"/>).</param>
    private static void ApplyDecision(DbConnection connection, DbTransaction transaction, long alertId, string state, string reviewer,
        string reason, DateTimeOffset at, string? approvedBy, string? expectedState)
    {
        string current, customerFp, entityFp, customer, entry;
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT state, customer_fp, entity_fp, customer_id, source || ':' || source_id FROM alerts WHERE id = @id";
            read.Param("@id", alertId);
            using var reader = read.ExecuteReader();
            if (!reader.Read()) throw new ArgumentException($"there is no alert {alertId}", nameof(alertId));
            (current, customerFp, entityFp, customer, entry) = (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
        }
        if (expectedState is not null && expectedState != current) throw new AlertConflictException(alertId, current);
        if (current == "closed") throw new ArgumentException($"alert {alertId} is closed; only live alerts can be decided", nameof(alertId));
        using (var update = connection.CreateCommand())
        {
            update.Transaction = transaction;
            // Conditional on the state just read: the check and the change are one statement, whatever lock the engine holds.
            update.CommandText = "UPDATE alerts SET state = @state, updated_at = @at WHERE id = @id AND state = @current";
            update.Param("@state", state);
            update.Param("@at", StoreText.Instant(at));
            update.Param("@id", alertId);
            update.Param("@current", current);
            if (update.ExecuteNonQuery() != 1) throw new AlertConflictException(alertId, CurrentState(connection, transaction, alertId));
        }
        var job = new ScreeningJob(0, "decision", "", null, [], "", null, 0, 0, 0, 0, at, null);
        new AlertWriter(connection, transaction, job, [], at).Decision(alertId, state, reviewer, reason, customerFp, entityFp);
        (string, object?)[] detail =
            [("alert", alertId), ("customer", customer), ("entry", entry), ("from", current), ("to", state), ("reviewer", reviewer), ("reason", reason)];
        // A four-eyes decision also names its second reviewer; a direct one keeps the shape it always had.
        if (approvedBy is not null) detail = [.. detail, ("approved_by", approvedBy)];
        AuditLog.Append(connection, transaction, "alert.decide", DetailJson.Of(detail), at);
    }

    /// <summary>The alert's state as this transaction sees it now.</summary>
    private static string CurrentState(DbConnection connection, DbTransaction transaction, long alertId)
    {
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT state FROM alerts WHERE id = @id";
        read.Param("@id", alertId);
        return read.ExecuteScalar() as string ?? "deleted";
    }

    private static List<AlertRecord> ReadAlerts(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var list = new List<AlertRecord>();
        while (reader.Read())
            list.Add(new AlertRecord(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetDouble(5),
                reader.GetString(6), reader.GetString(7), reader.GetInt64(8), reader.GetString(9), reader.GetInt64(10), reader.GetString(11),
                StoreText.ParseInstant(reader.GetString(12)), StoreText.ParseInstant(reader.GetString(13)), reader.IsDBNull(14) ? null : reader.GetString(14),
                reader.GetString(15), reader.IsDBNull(16) ? null : reader.GetString(16),
                reader.IsDBNull(17) ? null : reader.GetString(17).Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        return list;
    }
}
