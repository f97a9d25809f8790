namespace Vigil.Store;

/// <summary>One row of the append-only audit log.</summary>
/// <param name="Detail">A JSON object describing the action.</param>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Action, string Detail);
