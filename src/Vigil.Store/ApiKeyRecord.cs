using Vigil.Contracts;
namespace Vigil.Store;

/// <summary>One API key as stored: its name, the SHA-256 hash of the key, when it was created and, if so, revoked, and its role.</summary>
/// <param name="Role">One of <see cref="KeyRoles.All"/>; keys made before roles existed are <c>admin</c>.</param>
public sealed record ApiKeyRecord(long Id, string Name, string KeyHash, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, string Role = KeyRoles.Admin)
{
    public bool IsRevoked => RevokedAt is not null;
}
