namespace Vigil.Workflows.Audit;

/// <summary>What checking an exported audit file found: entries checked, and the first bad line with the reason.</summary>
public sealed record AuditFileVerification(long EntriesChecked, long? BadLine, string? Problem)
{
    /// <summary>Whether the chain and the signed checkpoint are intact.</summary>
    public bool Ok => BadLine is null;
}
