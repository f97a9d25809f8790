using Vigil.Contracts;
namespace Vigil.Store;

/// <summary>Hashes of the API keys the server accepts; the keys themselves are never stored.</summary>
/// <remarks>Creation and revocation each write an audit entry in the same transaction.</remarks>
public interface IApiKeyStore
{
    /// <summary>Stores a new live key under <paramref name="name"/> with <paramref name="role"/> (one of <see cref="KeyRoles.All"/>).</summary>
    /// <exception cref="ArgumentException">A live key already has this name, or the role is unknown.</exception>
    ApiKeyRecord Add(string name, string keyHash, DateTimeOffset at, string role = KeyRoles.Admin);

    /// <summary>Marks the live key named <paramref name="name"/> revoked; null when there is none.</summary>
    ApiKeyRecord? Revoke(string name, DateTimeOffset at);

    /// <summary>The key with this hash, live or revoked; null when unknown.</summary>
    ApiKeyRecord? FindByHash(string keyHash);

    /// <summary>Every key, oldest first.</summary>
    IReadOnlyList<ApiKeyRecord> All();
}
