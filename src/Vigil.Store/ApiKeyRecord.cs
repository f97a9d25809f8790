namespace Vigil.Store;

/// <summary>One API key as stored: its name, the SHA-256 hash of the key, when it was created and, if so, revoked.</summary>
public sealed record ApiKeyRecord(long Id, string Name, string KeyHash, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}
