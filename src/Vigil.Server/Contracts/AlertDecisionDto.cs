using Vigil.Core.Alerts;

namespace Vigil.Server.Contracts;

/// <summary>One change of an alert's state: by a reviewer (the API key's name, <c>local</c> with --no-auth, or a CLI user)
/// or by <c>vigil</c> itself (a false positive re-applied, an alert re-opened or closed).</summary>
public sealed record AlertDecisionDto(string State, string Reviewer, DateTimeOffset At, string Reason)
{
    public static AlertDecisionDto From(AlertDecision d) => new(AlertDto.Display(d.State), d.Reviewer, d.At, d.Reason);
}
