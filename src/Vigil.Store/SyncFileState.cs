namespace Vigil.Store;

/// <summary>What the last successful download of one published file returned, for conditional requests.</summary>
public sealed record SyncFileState(string File, string Url, string? ETag, string? LastModified, string Sha256, DateTimeOffset CheckedAt);
