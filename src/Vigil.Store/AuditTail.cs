namespace Vigil.Store;

/// <summary>The end of the audit chain: the last entry's id and hash.</summary>
public sealed record AuditTail(long LastId, string Hash);
