namespace Vigil.Store;

/// <summary>
/// A decision, proposal or review named the state it expected an alert to be in, and the alert was in another one: someone
/// else decided it first. Nothing was written; the caller re-reads the alert (HTTP answers 409).
/// </summary>
public sealed class AlertConflictException(long alertId, string currentState)
    : InvalidOperationException($"alert {alertId} is '{currentState}' now; it was changed by someone else, re-read it and decide again")
{
    /// <summary>The alert.</summary>
    public long AlertId { get; } = alertId;

    /// <summary>The alert's state when the call was refused.</summary>
    public string CurrentState { get; } = currentState;
}
