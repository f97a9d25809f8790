using System.Globalization;
using System.Data;
using System.Data.Common;
using Vigil.Contracts;
using Vigil.Core.Alerts;

namespace Vigil.Store.Sql;

/// <summary>The alert rules, applied inside one write transaction: raise, update, re-apply, re-open, close.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>A hit with no live alert raises one (state <c>open</c>), unless the last decision on the same customer and
/// entry was a false positive about the same fingerprints: then it is raised as <c>false_positive</c> ("re-applied").</item>
/// <item>A hit on a live alert updates its score, explanation and list version. A <c>false_positive</c> alert whose
/// customer or entry fingerprint differs from the one decided re-opens.</item>
/// <item>A live alert among the screened entries with no hit any more is closed, with the reason.</item>
/// <item>One alert per customer and party: a hit names every listing of its party the customer matched
/// (<see cref="AlertHit.AllListings"/>); a live alert on any of them is that party's alert, and takes the hit's listing as its
/// entry. Other live alerts of the customer on the same party's listings (raised before parties, or before the listings
/// were known to be one party) are closed as merged into it.</item>
/// </list>
/// New and re-opened alerts are audited and queued in the webhook outbox in the same transaction.
/// </remarks>
internal sealed class AlertWriter(DbConnection connection, DbTransaction transaction, ScreeningJob job, IReadOnlyList<string> webhookUrls, DateTimeOffset at)
{
    private readonly string _at = StoreText.Instant(at);

    private sealed record Live(long Id, string Key, string State, string CustomerFp, string EntityFp, string? Party = null);

    public AlertCounts Apply(CustomerOutcome outcome)
    {
        var live = LiveAlerts(outcome.CustomerId);
        int raised = 0, reopened = 0, closed = 0, reapplied = 0;
        var handled = new HashSet<long>();
        foreach (var hit in outcome.Hits)
        {
            if (PartyAlert(live, handled, hit) is { } alert)
            {
                handled.Add(alert.Id);
                foreach (var other in live.Values)
                {
                    if (other.Id == alert.Id || handled.Contains(other.Id) || !hit.AllListings.Contains(other.Key)) continue;
                    handled.Add(other.Id);
                    Close(other.Id, $"merged into alert {alert.Id}: one alert per customer and party ({hit.Party}: {string.Join(", ", hit.AllListings)})", other);
                    closed++;
                }
                Update(alert.Id, hit, outcome.CustomerFingerprint);
                if (alert.State == "false_positive" && LastDecisionFingerprints(alert.Id, "false_positive") is { } decided
                    && (decided.CustomerFp != outcome.CustomerFingerprint || decided.EntityFp != hit.EntityFingerprint))
                {
                    var what = decided.CustomerFp != outcome.CustomerFingerprint
                        ? decided.EntityFp != hit.EntityFingerprint ? "the customer and the entry" : "the customer"
                        : "the entry";
                    var reason = $"re-opened: {what} changed in a field that matters (names, dates, identifiers, country) since the false-positive decision";
                    SetState(alert.Id, "open", reason, outcome.CustomerFingerprint, hit.EntityFingerprint);
                    Event("alert.reopened", alert.Id, outcome.CustomerId, hit, reason);
                    reopened++;
                }
                continue;
            }
            var previous = PreviousFalsePositive(outcome.CustomerId, hit, outcome.CustomerFingerprint);
            var state = previous is null ? "open" : "false_positive";
            var id = Insert(outcome.CustomerId, hit, outcome.CustomerFingerprint, state);
            if (previous is { } p)
            {
                Decision(id, "false_positive", ScreeningStore.EngineReviewer,
                    $"re-applied the false-positive decision on alert {p}: customer and entry unchanged in the fields that matter",
                    outcome.CustomerFingerprint, hit.EntityFingerprint);
                Audit("alert.reapply", id, outcome.CustomerId, hit, $"false positive of alert {p}");
                reapplied++;
            }
            else
            {
                Event("alert.raised", id, outcome.CustomerId, hit, null);
                raised++;
            }
        }
        foreach (var alert in live.Values)
        {
            if (handled.Contains(alert.Id) || (outcome.InScope is { } inScope && !inScope(alert.Key))) continue;
            Close(alert.Id, $"no longer matches at or above the alert threshold (job {job.Id}, lists {job.ListKey})", alert);
            closed++;
        }
        return new AlertCounts(raised, reopened, closed, reapplied);
    }

    /// <summary>The live alert of the hit's party: the one on the hit's own listing, else the oldest on another of the
    /// listings it names, else the oldest with its party id; null when there is none.</summary>
    private static Live? PartyAlert(Dictionary<string, Live> live, HashSet<long> handled, AlertHit hit)
    {
        if (live.TryGetValue(hit.Key, out var own) && !handled.Contains(own.Id)) return own;
        Live? found = null;
        foreach (var alert in live.Values)
        {
            if (handled.Contains(alert.Id)) continue;
            var same = hit.AllListings.Contains(alert.Key) || (hit.Party is not null && alert.Party == hit.Party);
            if (same && (found is null || alert.Id < found.Id)) found = alert;
        }
        return found;
    }

    /// <summary>Closes every live alert on an entry; returns how many.</summary>
    public int CloseEntry(string key, string reason)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT id, state, customer_fp, entity_fp FROM alerts WHERE source = @s AND source_id = @id AND state <> 'closed'
            """;
        command.Param("@s", key[..colon]);
        command.Param("@id", key[(colon + 1)..]);
        var alerts = new List<Live>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) alerts.Add(new Live(reader.GetInt64(0), key, reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        foreach (var alert in alerts) Close(alert.Id, reason, alert);
        command.CommandText = "DELETE FROM near_misses WHERE source = @s AND source_id = @id";
        command.ExecuteNonQuery();
        return alerts.Count;
    }

    private void Close(long id, string reason, Live alert)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE alerts SET state = 'closed', closed_reason = @reason, updated_at = @at WHERE id = @id";
        command.Param("@reason", reason);
        command.Param("@at", _at);
        command.Param("@id", id);
        command.ExecuteNonQuery();
        Decision(id, "closed", ScreeningStore.EngineReviewer, reason, alert.CustomerFp, alert.EntityFp);
        AuditLog.Append(connection, transaction, "alert.close",
            DetailJson.Of(("alert", id), ("entry", alert.Key), ("previous_state", alert.State), ("reason", reason), ("job", job.Id)), at);
    }

    /// <summary>Live alerts read ahead by <see cref="Preload"/>, by customer; customers not in it are read one by one.</summary>
    private Dictionary<string, Dictionary<string, Live>>? _preloaded;

    /// <summary>Reads the live alerts of these customers in a few statements (instead of one per customer in <see cref="Apply"/>).</summary>
    public void Preload(IReadOnlyList<string> customerIds)
    {
        _preloaded = new Dictionary<string, Dictionary<string, Live>>(StringComparer.Ordinal);
        foreach (var id in customerIds) _preloaded[id] = new Dictionary<string, Live>(StringComparer.Ordinal);
        foreach (var part in customerIds.Distinct(StringComparer.Ordinal).Chunk(ScreeningStore.RowsPerStatement))
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT customer_id, id, source, source_id, state, customer_fp, entity_fp, party FROM alerts " +
                                  $"WHERE state <> 'closed' AND customer_id IN ({ScreeningStore.InList(command, "@c", part)})";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var key = reader.GetString(2) + ":" + reader.GetString(3);
                _preloaded[reader.GetString(0)][key] = new Live(reader.GetInt64(1), key, reader.GetString(4), reader.GetString(5), reader.GetString(6),
                    reader.IsDBNull(7) ? null : reader.GetString(7));
            }
        }
    }

    private Dictionary<string, Live> LiveAlerts(string customerId)
    {
        // Read ahead and not yet applied: each customer is applied once per batch, so the entry is taken, not kept.
        if (_preloaded is not null && _preloaded.Remove(customerId, out var preloaded)) return preloaded;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id, source, source_id, state, customer_fp, entity_fp, party FROM alerts WHERE customer_id = @c AND state <> 'closed'";
        command.Param("@c", customerId);
        using var reader = command.ExecuteReader();
        var live = new Dictionary<string, Live>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var key = reader.GetString(1) + ":" + reader.GetString(2);
            live[key] = new Live(reader.GetInt64(0), key, reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6));
        }
        return live;
    }

    private (string CustomerFp, string EntityFp)? LastDecisionFingerprints(long alertId, string state)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT customer_fp, entity_fp FROM alert_decisions WHERE alert_id = @id AND state = @state ORDER BY id DESC LIMIT 1";
        command.Param("@id", alertId);
        command.Param("@state", state);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>The alert whose latest decision was a false positive about exactly these fingerprints, if any.</summary>
    private long? PreviousFalsePositive(string customerId, AlertHit hit, string customerFp)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT d.alert_id, d.state, d.customer_fp, d.entity_fp FROM alert_decisions d JOIN alerts a ON a.id = d.alert_id
            WHERE a.customer_id = @c AND a.source = @s AND a.source_id = @sid AND d.state <> 'closed'
            ORDER BY d.id DESC LIMIT 1
            """;
        command.Param("@c", customerId);
        command.Param("@s", hit.Source);
        command.Param("@sid", hit.SourceId);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return reader.GetString(1) == "false_positive" && reader.GetString(2) == customerFp && reader.GetString(3) == hit.EntityFingerprint
            ? reader.GetInt64(0)
            : null;
    }

    private long Insert(string customerId, AlertHit hit, string customerFp, string state)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO alerts (customer_id, source, source_id, score, matched_name, explanation, list_version_id, engine_version,
                profile, job_id, state, customer_fp, entity_fp, raised_at, updated_at, party, listings)
            VALUES (@c, @s, @sid, @score, @name, @expl, @v, @engine, @profile, @job, @state, @cfp, @efp, @at, @at, @party, @listings) RETURNING id
            """;
        command.Param("@c", customerId);
        command.Param("@state", state);
        AddHitParameters(command, hit, customerFp);
        return (long)command.ExecuteScalar()!;
    }

    private void Update(long id, AlertHit hit, string customerFp)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE alerts SET source = @s, source_id = @sid, score = @score, matched_name = @name, explanation = @expl, list_version_id = @v,
                engine_version = @engine, profile = @profile, job_id = @job, customer_fp = @cfp, entity_fp = @efp, updated_at = @at,
                party = @party, listings = @listings
            WHERE id = @id
            """;
        AddHitParameters(command, hit, customerFp);
        command.Param("@id", id);
        command.ExecuteNonQuery();
    }

    /// <summary>What raising and refreshing an alert both write: the hit (its listing, party and the party's listings), the job,
    /// engine and profile, both fingerprints, the time.</summary>
    private void AddHitParameters(DbCommand command, AlertHit hit, string customerFp)
    {
        command.Param("@s", hit.Source);
        command.Param("@sid", hit.SourceId);
        command.Param("@party", hit.Party is null ? DBNull.Value : hit.Party);
        command.Param("@listings", hit.Listings is null ? DBNull.Value : string.Join('\n', hit.Listings));
        command.Param("@score", hit.Score);
        command.Param("@name", hit.MatchedName);
        command.Param("@expl", hit.ExplanationJson);
        command.Param("@v", hit.ListVersionId);
        command.Param("@engine", job.EngineVersion);
        command.Param("@profile", job.Profile);
        command.Param("@job", job.Id);
        command.Param("@cfp", customerFp);
        command.Param("@efp", hit.EntityFingerprint);
        command.Param("@at", _at);
    }

    private void SetState(long id, string state, string reason, string customerFp, string entityFp)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE alerts SET state = @state, updated_at = @at WHERE id = @id";
        command.Param("@state", state);
        command.Param("@at", _at);
        command.Param("@id", id);
        command.ExecuteNonQuery();
        Decision(id, state, ScreeningStore.EngineReviewer, reason, customerFp, entityFp);
    }

    internal void Decision(long alertId, string state, string reviewer, string reason, string customerFp, string entityFp)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO alert_decisions (alert_id, state, reviewer, at, reason, customer_fp, entity_fp)
            VALUES (@a, @state, @reviewer, @at, @reason, @cfp, @efp)
            """;
        command.Param("@a", alertId);
        command.Param("@state", state);
        command.Param("@reviewer", reviewer);
        command.Param("@at", _at);
        command.Param("@reason", reason);
        command.Param("@cfp", customerFp);
        command.Param("@efp", entityFp);
        command.ExecuteNonQuery();
    }

    private void Audit(string action, long alertId, string customerId, AlertHit hit, string? reason) =>
        AuditLog.Append(connection, transaction, action, DetailJson.Of(
            ("alert", alertId), ("customer", customerId), ("entry", hit.Key), ("score", Math.Round(hit.Score, 4)),
            ("list_version", hit.ListVersionId), ("engine_version", job.EngineVersion), ("profile", job.Profile), ("job", job.Id), ("reason", reason)), at);

    /// <summary>Audits a raised or re-opened alert and queues its webhook event for every configured URL.</summary>
    private void Event(string name, long alertId, string customerId, AlertHit hit, string? reason)
    {
        Audit(name == "alert.raised" ? "alert.raise" : "alert.reopen", alertId, customerId, hit, reason);
        if (webhookUrls.Count == 0) return;
        // The body is the contract's AlertEvent, serialised by the one JSON context every front end uses.
        var payload = VigilJson.Event(new AlertEvent(
            name, alertId, customerId, hit.Source, hit.SourceId, Wire.Round(hit.Score), hit.MatchedName, hit.ListVersionId,
            job.EngineVersion, job.Profile, reason, at));
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO webhook_outbox (url, event, payload, created_at, next_attempt_at) VALUES (@url, @event, @payload, @at, @at)
            """;
        foreach (var url in webhookUrls)
        {
            command.Parameters.Clear();
            command.Param("@url", url);
            command.Param("@event", name);
            command.Param("@payload", payload);
            command.Param("@at", _at);
            command.ExecuteNonQuery();
        }
    }

    internal static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
