namespace Vigil.Store;

/// <summary>An audit entry with its place in the chain.</summary>
public sealed record ChainedAuditEntry(AuditEntry Entry, string? PreviousHash, string? Hash);
