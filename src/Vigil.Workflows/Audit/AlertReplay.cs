using System.Text.Json;
using Vigil.Store;

namespace Vigil.Workflows.Audit;

/// <summary>Replays the audit chain's alert entries and compares each alert's last recorded state with the <c>alerts</c> table.</summary>
/// <remarks>
/// Every change of an alert's state writes an entry in the same transaction: <c>alert.raise</c> and <c>alert.reopen</c>
/// (open), <c>alert.reapply</c> (false_positive), <c>alert.close</c> (closed), <c>alert.decide</c> (its <c>to</c>). So
/// an alert whose stored state differs from the chain's, or that the chain never raised, was edited outside Vigil.
/// </remarks>
internal static class AlertReplay
{
    /// <summary>The first alert whose stored state the chain does not support; null when all agree.</summary>
    public static AuditVerification? Check(IVigilStore store, long rowsChecked)
    {
        var chain = new Dictionary<long, (string State, long Row, string Action)>();
        long lastRow = 0;
        foreach (var row in store.Audit.Read(null, null))
        {
            lastRow = row.Entry.Id;
            if (!row.Entry.Action.StartsWith("alert.", StringComparison.Ordinal)) continue;
            using var detail = JsonDocument.Parse(row.Entry.Detail);
            if (!detail.RootElement.TryGetProperty("alert", out var id) || id.ValueKind != JsonValueKind.Number) continue;
            if (StateAfter(row.Entry.Action, detail.RootElement) is { } state)
                chain[id.GetInt64()] = (state, row.Entry.Id, row.Entry.Action);
        }
        foreach (var alert in store.Screening.Alerts())
        {
            if (!chain.Remove(alert.Id, out var recorded))
                return Edited(rowsChecked, lastRow, alert.Id, $"alert {alert.Id} ({alert.State}) is in the alerts table but no audit entry raised it: it was inserted outside Vigil");
            if (recorded.State != alert.State)
                return Edited(rowsChecked, recorded.Row, alert.Id,
                    $"alert {alert.Id} is '{alert.State}' in the alerts table but the chain's last entry for it (row {recorded.Row}, {recorded.Action}) says '{recorded.State}': the alert was edited outside Vigil");
        }
        if (chain.Count == 0) return null;
        var (missing, last) = chain.MinBy(pair => pair.Key);
        return Edited(rowsChecked, last.Row, missing, $"alert {missing} is not in the alerts table but the chain has it '{last.State}' (row {last.Row}): it was deleted outside Vigil");
    }

    private static string? StateAfter(string action, JsonElement detail) => action switch
    {
        "alert.raise" or "alert.reopen" => "open",
        "alert.reapply" => "false_positive",
        "alert.close" => "closed",
        "alert.decide" => detail.TryGetProperty("to", out var to) ? to.GetString() : null,
        _ => null,
    };

    private static AuditVerification Edited(long rowsChecked, long row, long alertId, string problem) =>
        new(rowsChecked, row, problem) { AlertId = alertId };
}
