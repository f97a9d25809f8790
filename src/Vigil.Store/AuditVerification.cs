namespace Vigil.Store;

/// <summary>What <see cref="IAuditLog.Verify"/> found: entries checked, and the first bad entry with the reason.</summary>
/// <param name="Note">Something worth saying that is not tampering (a head file created or advanced).</param>
public sealed record AuditVerification(long RowsChecked, long? BadRowId, string? Problem, string? Note = null)
{
    /// <summary>Whether the whole chain is intact.</summary>
    public bool Ok => BadRowId is null;

    /// <summary>The alert whose stored state the chain does not support, when that is the problem (the chain itself is then intact).</summary>
    public long? AlertId { get; init; }
}
