using Vigil.Core.Alerts;
using Vigil.Store;

namespace Vigil.Workflows.Alerts;

/// <summary>An alert with its decisions, oldest first.</summary>
public sealed record AlertDetail(AlertRecord Alert, IReadOnlyList<AlertDecision> Decisions);

/// <summary>Alerts and decisions for the CLI and the server: list, show, decide.</summary>
public sealed class AlertService(VigilHome home, TimeProvider time)
{
    /// <summary>The states, as written on the command line (<c>false-positive</c>) or stored (<c>false_positive</c>).</summary>
    public static IReadOnlyList<string> States { get; } = ["open", "true_match", "false_positive", "escalated", "closed"];

    /// <summary>Alerts, optionally of one state (either spelling) and one customer, in id order.</summary>
    public IReadOnlyList<AlertRecord> List(string? state = null, string? customerId = null, int limit = int.MaxValue)
    {
        var stored = state is null ? null : StateName(state);
        using var store = home.OpenStore();
        return store.Screening.Alerts(stored, customerId, limit);
    }

    public AlertDetail Get(long id)
    {
        using var vigil = home.OpenStore();
        var store = vigil.Screening;
        var alert = store.Alert(id) ?? throw new VigilException($"there is no alert {id}");
        return new AlertDetail(alert, store.Decisions(id));
    }

    /// <summary>Records a reviewer's decision: <c>true-match</c>, <c>false-positive</c> or <c>escalated</c>, with a reason.</summary>
    public AlertDetail Decide(long id, string decision, string reviewer, string reason)
    {
        var state = StateName(decision);
        if (!IScreeningStore.DecisionStates.Contains(state))
            throw new VigilException($"'{decision}' is not a decision; use true_match, false_positive or escalated");
        if (string.IsNullOrWhiteSpace(reviewer)) throw new VigilException("the reviewer is not known; give --reviewer NAME");
        if (string.IsNullOrWhiteSpace(reason)) throw new VigilException("a decision needs a reason; give --reason TEXT");
        using var vigil = home.OpenStore();
        var store = vigil.Screening;
        try
        {
            store.Decide(id, state, reviewer.Trim(), reason.Trim(), time.GetUtcNow());
        }
        catch (ArgumentException ex)
        {
            throw new VigilException(ex.Message.Split(" (Parameter", 2)[0], ex);
        }
        return new AlertDetail(store.Alert(id)!, store.Decisions(id));
    }

    /// <summary><c>false-positive</c> / <c>false_positive</c> / <c>FALSE POSITIVE</c> → <c>false_positive</c>; unknown → error.</summary>
    public static string StateName(string text)
    {
        var name = text.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        if (name == "escalate") name = "escalated";
        return States.Contains(name) ? name : throw new VigilException($"'{text}' is not an alert state; use one of {string.Join(", ", States)}");
    }
}
