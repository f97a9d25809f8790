namespace Vigil.Store;

/// <summary>What <see cref="IAuditLog.Verify"/> found: entries checked, and the first bad entry with the reason.</summary>
public sealed record AuditVerification(long RowsChecked, long? BadRowId, string? Problem)
{
    /// <summary>Whether the whole chain is intact.</summary>
    public bool Ok => BadRowId is null;
}
