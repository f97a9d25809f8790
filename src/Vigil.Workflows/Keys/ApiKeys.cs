using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Vigil.Contracts;
using Vigil.Store;

namespace Vigil.Workflows.Keys;

/// <summary>Creates, lists, revokes and checks the API keys of <c>vigil serve</c>. Only SHA-256 hashes are stored.</summary>
/// <remarks>
/// <see cref="Check"/> remembers each answer for <see cref="CheckCacheTime"/>, so a busy server asks the database about
/// a key about once a second, not once a request; a key revoked by another process is refused within that time.
/// </remarks>
public sealed class ApiKeys(VigilHome home, TimeProvider time)
{
    /// <summary>Prefix of every key, so a leaked one is recognisable in logs and secret scanners.</summary>
    public const string Prefix = "vgl_";

    /// <summary>How long a check's answer is reused.</summary>
    public static readonly TimeSpan CheckCacheTime = TimeSpan.FromSeconds(1);

    /// <summary>At most this many distinct presented keys are remembered; past it the cache starts afresh.</summary>
    private const int CacheLimit = 10_000;

    private readonly ConcurrentDictionary<string, (KeyIdentity Answer, long Until)> _checks = new(StringComparer.Ordinal);

    /// <summary>Creates a key named <paramref name="name"/> with <paramref name="role"/> and returns it; this is the only time the key is available.</summary>
    public string Create(string name, string role = KeyRoles.Admin)
    {
        var stored = KeyRoles.Parse(role) ?? throw new VigilException($"--role: '{role}' is not a role; use one of {string.Join(", ", KeyRoles.All)}");
        if (string.IsNullOrWhiteSpace(name)) throw new VigilException("NAME: empty; give the key a name, e.g. the system that will use it");
        name = name.Trim();
        if (name.Length > 100 || name.Any(char.IsControl)) throw new VigilException($"NAME: '{name}' must be at most 100 printable characters");
        var key = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        using var store = home.OpenStore();
        try
        {
            store.Keys.Add(name, Hash(key), time.GetUtcNow(), stored);
        }
        catch (ArgumentException ex)
        {
            throw new VigilException($"NAME: {ex.Message}", ex);
        }
        return key;
    }

    /// <summary>Every key ever created, oldest first, revoked ones included.</summary>
    public IReadOnlyList<ApiKey> List()
    {
        using var store = home.OpenStore();
        return [.. store.Keys.All().Select(k => new ApiKey(k.Name, k.CreatedAt, k.RevokedAt, k.Role))];
    }

    /// <summary>Revokes the live key named <paramref name="name"/>; requests with it get 403 from then on.</summary>
    public ApiKey Revoke(string name)
    {
        using var store = home.OpenStore();
        var revoked = store.Keys.Revoke(name.Trim(), time.GetUtcNow())
            ?? throw new VigilException($"NAME: there is no live key named '{name}' (see: vigil keys list)");
        _checks.Clear();
        return new ApiKey(revoked.Name, revoked.CreatedAt, revoked.RevokedAt, revoked.Role);
    }

    /// <summary>Whether <paramref name="key"/> (as sent after <c>Bearer</c>) is a live key, a revoked one, or unknown.</summary>
    public KeyCheck Check(string key) => Identify(key).Check;

    /// <summary>What <paramref name="key"/> (as sent after <c>Bearer</c>) is: unknown, revoked, or live with its name and role.</summary>
    public KeyIdentity Identify(string key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 200) return KeyIdentity.Unknown;
        var hash = Hash(key);
        var now = time.GetTimestamp();
        if (_checks.TryGetValue(hash, out var cached) && now < cached.Until) return cached.Answer;

        ApiKeyRecord? record;
        using (var store = home.OpenStore()) record = store.Keys.FindByHash(hash);
        var answer = record is null ? KeyIdentity.Unknown : new KeyIdentity(record.IsRevoked ? KeyCheck.Revoked : KeyCheck.Valid, record.Name, record.Role);
        if (_checks.Count >= CacheLimit) _checks.Clear();
        _checks[hash] = (answer, now + (long)(CheckCacheTime.TotalSeconds * time.TimestampFrequency));
        return answer;
    }

    /// <summary>The name of the live key <paramref name="key"/> (who decided, in an alert decision made over the API); null when it is not live.</summary>
    public string? NameOf(string key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 200) return null;
        using var store = home.OpenStore();
        return store.Keys.FindByHash(Hash(key)) is { IsRevoked: false } record ? record.Name : null;
    }

    /// <summary>SHA-256 (hex) of the key's UTF-8 bytes: what the store keeps.</summary>
    internal static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
