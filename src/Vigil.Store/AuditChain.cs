using System.Security.Cryptography;
using System.Text.Json;

namespace Vigil.Store;

/// <summary>The audit log's chain rule, the same for every backend: how an entry's hash is computed.</summary>
public static class AuditChain
{
    /// <summary>SHA-256 (hex) of the JSON array <c>[id, at, action, detail, prev_hash]</c>: unambiguous, easy to recompute.</summary>
    /// <param name="at">The entry's time as stored: UTC <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</param>
    /// <param name="previousHash">The previous entry's hash; empty for the first entry.</param>
    public static string HashOf(long id, string at, string action, string detail, string previousHash)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256 + detail.Length);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteNumberValue(id);
            json.WriteStringValue(at);
            json.WriteStringValue(action);
            json.WriteStringValue(detail);
            json.WriteStringValue(previousHash);
            json.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }
}
