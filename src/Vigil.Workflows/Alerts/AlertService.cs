using Vigil.Core.Alerts;
using Vigil.Contracts;
using Vigil.Store;

namespace Vigil.Workflows.Alerts;

/// <summary>An alert with its decisions, oldest first, and the closing decision proposed on it, if one waits for approval.</summary>
/// <param name="Pending">The proposal in its wire shape (without the alert, which is <paramref name="Alert"/>).</param>
public sealed record AlertDetail(AlertRecord Alert, IReadOnlyList<AlertDecision> Decisions, Approval? Pending = null);

/// <summary>Alerts and decisions for the CLI and the server: list, show, decide, and under four-eyes review
/// (<c>alerts.four_eyes</c>) propose, approve, reject.</summary>
/// <remarks>
/// With four-eyes review on, <see cref="Decide"/> as true match or false positive records a proposal (the alert keeps its
/// state); another reviewer approves it (the decision is then applied) or rejects it. Escalating needs no second reviewer:
/// it does not close anything. The setting is read from <c>vigil.json</c> on every decision.
/// </remarks>
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
        return new AlertDetail(alert, store.Decisions(id), PendingOn(store, id));
    }

    /// <summary>Whether closing decisions need a second reviewer (<c>alerts.four_eyes</c> in <c>vigil.json</c>).</summary>
    public bool FourEyes => VigilConfig.Load(home).FourEyes;

    /// <summary>Records a reviewer's decision: <c>true-match</c>, <c>false-positive</c> or <c>escalated</c>, with a reason.</summary>
    /// <param name="expectedState">The state the reviewer saw (either spelling); when given and the alert is in another state
    /// when the decision is written (another reviewer or node decided meanwhile), nothing is written. Null: today's behaviour.</param>
    /// <exception cref="VigilException">The decision is refused; when the alert was not in <paramref name="expectedState"/>,
    /// <see cref="ConflictState"/> gives the state it is in.</exception>
    public AlertDetail Decide(long id, string decision, string reviewer, string reason, string? expectedState = null)
    {
        var state = StateName(decision);
        if (!IScreeningStore.DecisionStates.Contains(state))
            throw new VigilException($"'{decision}' is not a decision; use true_match, false_positive or escalated");
        if (string.IsNullOrWhiteSpace(reviewer)) throw new VigilException("the reviewer is not known; give --reviewer NAME");
        if (string.IsNullOrWhiteSpace(reason)) throw new VigilException("a decision needs a reason; give --reason TEXT");
        var expected = expectedState is null ? null : StateName(expectedState);
        var propose = AlertProposal.ClosingStates.Contains(state) && FourEyes;
        using var vigil = home.OpenStore();
        var store = vigil.Screening;
        try
        {
            if (propose)
            {
                // A proposal leaves the state as it is (its approval applies it), so the state is checked before proposing.
                if (expected is not null && store.Alert(id) is { } seen && seen.State != expected) throw new AlertConflictException(id, seen.State);
                store.Propose(id, state, reviewer.Trim(), reason.Trim(), time.GetUtcNow());
            }
            else store.Decide(id, state, reviewer.Trim(), reason.Trim(), time.GetUtcNow(), expected);
        }
        catch (ArgumentException ex)
        {
            throw new VigilException(Message(ex), ex);
        }
        catch (AlertConflictException ex)
        {
            throw new VigilException(ex.Message, ex);
        }
        return new AlertDetail(store.Alert(id)!, store.Decisions(id), PendingOn(store, id));
    }

    /// <summary>The closing decisions waiting for a second reviewer, oldest first, each with its alert.</summary>
    public IReadOnlyList<Approval> Pending()
    {
        using var vigil = home.OpenStore();
        var store = vigil.Screening;
        return [.. store.Proposals().Select(p => ApprovalOf(p, store.Alert(p.AlertId)))];
    }

    /// <summary>The alert's current state when a decision was refused because the alert was not in the expected state; else null.</summary>
    public static string? ConflictState(VigilException error) => (error.InnerException as AlertConflictException)?.CurrentState;

    /// <summary>Whether a refused review was refused because the reviewer proposed the decision (four-eyes: 403, not 409).</summary>
    public static bool IsSelfReview(VigilException error) => error.InnerException is FourEyesException;

    /// <summary>The wire shape of a proposal, with its alert when given.</summary>
    public static Approval ApprovalOf(AlertProposal p, AlertRecord? alert = null) =>
        new(p.Id, p.AlertId, p.State, p.Proposer, p.Reason, p.ProposedAt, p.Status, p.Reviewer, p.ReviewNote, p.ReviewedAt,
            alert is null ? null : Alert.From(alert));

    /// <summary>Approves (the proposed decision is applied) or rejects the pending proposal on alert <paramref name="id"/>.</summary>
    /// <exception cref="VigilException">No such alert or no pending proposal; or the reviewer is the proposer (the inner
    /// exception is then a <see cref="FourEyesException"/>).</exception>
    public AlertDetail Review(long id, bool approve, string reviewer, string reason)
    {
        if (string.IsNullOrWhiteSpace(reviewer)) throw new VigilException("the reviewer is not known; give --reviewer NAME");
        if (string.IsNullOrWhiteSpace(reason)) throw new VigilException($"{(approve ? "an approval" : "a rejection")} needs a reason; give --reason TEXT");
        using var vigil = home.OpenStore();
        var store = vigil.Screening;
        try
        {
            store.Review(id, approve, reviewer.Trim(), reason.Trim(), time.GetUtcNow());
        }
        catch (ArgumentException ex)
        {
            throw new VigilException(Message(ex), ex);
        }
        catch (FourEyesException ex)
        {
            throw new VigilException(ex.Message, ex);
        }
        return new AlertDetail(store.Alert(id)!, store.Decisions(id));
    }

    private static Approval? PendingOn(IScreeningStore store, long id) =>
        store.Proposals(AlertProposal.Pending, id) is { Count: > 0 } pending ? ApprovalOf(pending[0]) : null;

    private static string Message(ArgumentException ex) => ex.Message.Split(" (Parameter", 2)[0];

    /// <summary><c>false-positive</c> / <c>false_positive</c> / <c>FALSE POSITIVE</c> → <c>false_positive</c>; unknown → error.</summary>
    public static string StateName(string text)
    {
        var name = text.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        if (name == "escalate") name = "escalated";
        return States.Contains(name) ? name : throw new VigilException($"'{text}' is not an alert state; use one of {string.Join(", ", States)}");
    }
}
