namespace Vigil.Store;

/// <summary>A decision was made on the state the caller last saw, but the alert was decided meanwhile (another reviewer,
/// another node): nothing is written, and <see cref="CurrentState"/> says what the alert is now.</summary>
public sealed class AlertConflictException(long alertId, string currentState)
    : InvalidOperationException($"alert {alertId} was changed meanwhile: it is now {currentState}; reload it and decide again")
{
    /// <summary>The alert.</summary>
    public long AlertId { get; } = alertId;

    /// <summary>Its state at the time of the refused write.</summary>
    public string CurrentState { get; } = currentState;
}
