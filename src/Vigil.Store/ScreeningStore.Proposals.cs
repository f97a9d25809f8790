using System.Data;
using System.Data.Common;

namespace Vigil.Store.Sql;

/// <summary>Four-eyes review: closing decisions proposed by one reviewer and approved or rejected by another.</summary>
internal sealed partial class ScreeningStore
{
    private const string ProposalColumns = "id, alert_id, state, proposer, reason, proposed_at, status, reviewer, review_note, reviewed_at";

    /// <inheritdoc/>
    public AlertProposal Propose(long alertId, string state, string proposer, string reason, DateTimeOffset at, string? expectedState = null)
    {
        if (!AlertProposal.ClosingStates.Contains(state))
            throw new ArgumentException($"'{state}' does not close an alert; only {string.Join(" and ", AlertProposal.ClosingStates)} are proposed", nameof(state));
        ArgumentException.ThrowIfNullOrWhiteSpace(proposer);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginWrite();
        var (current, customer, entry) = AlertState(connection, transaction, alertId);
        // Under the write lock the state cannot change until commit, so checking it here is atomic with the insert.
        if (expectedState is not null && expectedState != current) throw new AlertConflictException(alertId, current);
        if (current == "closed") throw new ArgumentException($"alert {alertId} is closed; only live alerts can be decided", nameof(alertId));
        if (PendingProposal(connection, transaction, alertId) is { } pending)
            throw new ArgumentException(
                $"alert {alertId} already has a pending proposal ({pending.State} by '{pending.Proposer}'); approve or reject it first", nameof(alertId));
        long id;
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO alert_proposals (alert_id, state, proposer, reason, proposed_at) VALUES (@alert, @state, @who, @reason, @at)
                RETURNING id
                """;
            insert.Param("@alert", alertId);
            insert.Param("@state", state);
            insert.Param("@who", proposer);
            insert.Param("@reason", reason);
            insert.Param("@at", StoreText.Instant(at));
            id = (long)insert.ExecuteScalar()!;
        }
        AuditLog.Append(connection, transaction, "alert.propose", DetailJson.Of(
            ("alert", alertId), ("proposal", id), ("customer", customer), ("entry", entry), ("from", current), ("to", state),
            ("proposer", proposer), ("reason", reason)), at);
        var proposal = ReadProposals(connection, transaction, "id = @id", ("@id", id))[0];
        transaction.Commit();
        return proposal;
    }

    /// <inheritdoc/>
    public AlertProposal Review(long alertId, bool approve, string reviewer, string note, DateTimeOffset at, string? expectedState = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginWrite();
        var (current, customer, entry) = AlertState(connection, transaction, alertId);
        if (expectedState is not null && expectedState != current) throw new AlertConflictException(alertId, current);
        var pending = PendingProposal(connection, transaction, alertId)
            ?? throw new ArgumentException($"alert {alertId} has no pending proposal to {(approve ? "approve" : "reject")}", nameof(alertId));
        if (string.Equals(pending.Proposer, reviewer, StringComparison.OrdinalIgnoreCase))
            throw new FourEyesException(
                $"'{reviewer}' proposed this decision and cannot {(approve ? "approve" : "reject")} it; four-eyes review needs a second reviewer");
        if (approve && current == "closed")
            throw new ArgumentException($"alert {alertId} was closed after the proposal; reject the proposal instead", nameof(alertId));

        using (var update = connection.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText = "UPDATE alert_proposals SET status = @status, reviewer = @who, review_note = @note, reviewed_at = @at WHERE id = @id";
            update.Param("@status", approve ? AlertProposal.Approved : AlertProposal.Rejected);
            update.Param("@who", reviewer);
            update.Param("@note", note);
            update.Param("@at", StoreText.Instant(at));
            update.Param("@id", pending.Id);
            update.ExecuteNonQuery();
        }
        AuditLog.Append(connection, transaction, approve ? "alert.approve" : "alert.reject", DetailJson.Of(
            ("alert", alertId), ("proposal", pending.Id), ("customer", customer), ("entry", entry), ("to", pending.State),
            ("proposer", pending.Proposer), ("reviewer", reviewer), ("reason", note)), at);
        // The decision is the proposer's, with their reason; the approval names the second reviewer.
        if (approve) ApplyDecision(connection, transaction, alertId, pending.State, pending.Proposer, pending.Reason, at, approvedBy: reviewer, expectedState: null);
        var reviewed = ReadProposals(connection, transaction, "id = @id", ("@id", pending.Id))[0];
        transaction.Commit();
        return reviewed;
    }

    /// <inheritdoc/>
    public IReadOnlyList<AlertProposal> Proposals(string? status = AlertProposal.Pending, long? alertId = null)
    {
        using var connection = database.OpenConnection();
        return ReadProposals(connection, null, "(@status IS NULL OR status = @status) AND (CAST(@alert AS BIGINT) IS NULL OR alert_id = CAST(@alert AS BIGINT))",
            ("@status", status), ("@alert", alertId));
    }

    private static AlertProposal? PendingProposal(DbConnection connection, DbTransaction transaction, long alertId) =>
        ReadProposals(connection, transaction, "alert_id = @alert AND status = 'pending'", ("@alert", alertId)).FirstOrDefault();

    private static (string State, string Customer, string Entry) AlertState(DbConnection connection, DbTransaction transaction, long alertId)
    {
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT state, customer_id, source || ':' || source_id FROM alerts WHERE id = @id";
        read.Param("@id", alertId);
        using var reader = read.ExecuteReader();
        if (!reader.Read()) throw new ArgumentException($"there is no alert {alertId}", nameof(alertId));
        return (reader.GetString(0), reader.GetString(1), reader.GetString(2));
    }

    private static List<AlertProposal> ReadProposals(DbConnection connection, DbTransaction? transaction, string where,
        params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {ProposalColumns} FROM alert_proposals WHERE {where} ORDER BY id";
        foreach (var (name, value) in parameters) command.Param(name, value ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var list = new List<AlertProposal>();
        while (reader.Read())
            list.Add(new AlertProposal(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                StoreText.ParseInstant(reader.GetString(5)), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : StoreText.ParseInstant(reader.GetString(9))));
        return list;
    }
}
