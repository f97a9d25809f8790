namespace Vigil.Store;

/// <summary>The end of the audit chain: the last entry's id and hash, and how many entries the log holds.</summary>
public sealed record AuditTail(long LastId, string Hash, long Count);
