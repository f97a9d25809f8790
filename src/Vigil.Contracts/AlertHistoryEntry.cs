using Vigil.Core.Alerts;

namespace Vigil.Contracts;

/// <summary>One change of an alert's state: by a reviewer (the API key's name, <c>local</c> with --no-auth, or a CLI user)
/// or by <c>vigil</c> itself (a false positive re-applied, an alert re-opened or closed).</summary>
/// <param name="State">true_match, false_positive, escalated, open (re-opened) or closed.</param>
public sealed record AlertHistoryEntry(string State, string Reviewer, DateTimeOffset At, string Reason)
{
    /// <summary>The wire shape of a stored decision.</summary>
    public static AlertHistoryEntry From(AlertDecision d) => new(Wire.Name(d.State), d.Reviewer, d.At, d.Reason);
}
