using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vigil.Store;

/// <summary>The one JSON form of a <see cref="ScreeningProof"/>: the export's line, and what the audit chain's batch hash covers.</summary>
/// <remarks>
/// Members in this order, compact, UTF-8, nulls left out: <c>id, at, actor, channel, ref, input_sha256, input_size, input,
/// list_versions [{source, version, id}], engine_version, profile, hits, alerts</c>; the export adds <c>audit_id</c> last.
/// <c>at</c> is UTC <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>, as the store keeps it.
/// </remarks>
public static class ScreeningProofJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The canonical line, without <c>audit_id</c>.</summary>
    public static string Canonical(ScreeningProof record) => Write(record, withAudit: false);

    /// <summary>The export line: the canonical members, then <c>audit_id</c>.</summary>
    public static string Line(ScreeningProof record) => Write(record, withAudit: true);

    /// <summary>SHA-256 (hex) over each record's <see cref="Canonical"/> line followed by <c>\n</c>, in id order: what a
    /// <c>screening.record</c> audit entry holds as <c>sha256</c>.</summary>
    public static string BatchHash(IEnumerable<ScreeningProof> records)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var record in records)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Canonical(record)));
            hash.AppendData("\n"u8);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>SHA-256 (hex) of a text's UTF-8 bytes and their count: how a screening's input is identified.</summary>
    public static (string Sha256, long Size) Digest(string input)
    {
        var bytes = Encoding.UTF8.GetBytes(input);
        return (Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength);
    }

    private static string Write(ScreeningProof r, bool withAudit)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("id", r.Id);
            json.WriteString("at", StoreText.Instant(r.At));
            json.WriteString("actor", r.Actor);
            json.WriteString("channel", r.Channel);
            if (r.Ref is not null) json.WriteString("ref", r.Ref);
            json.WriteString("input_sha256", r.InputSha256);
            json.WriteNumber("input_size", r.InputSize);
            if (r.Input is not null) json.WriteString("input", r.Input);
            json.WriteStartArray("list_versions");
            foreach (var v in r.ListVersions)
            {
                json.WriteStartObject();
                json.WriteString("source", v.Source);
                json.WriteNumber("version", v.Version);
                json.WriteNumber("id", v.Id);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("engine_version", r.EngineVersion);
            json.WriteString("profile", r.Profile);
            json.WriteNumber("hits", r.Hits);
            json.WriteNumber("alerts", r.Alerts);
            if (withAudit) json.WriteNumber("audit_id", r.AuditId);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads the <c>list_versions</c> array as stored.</summary>
    internal static List<ScreenedVersion> ReadVersions(string json)
    {
        using var document = JsonDocument.Parse(json);
        var list = new List<ScreenedVersion>();
        foreach (var v in document.RootElement.EnumerateArray())
            list.Add(new ScreenedVersion(v.GetProperty("source").GetString()!, v.GetProperty("version").GetInt32(), v.GetProperty("id").GetInt64()));
        return list;
    }

    /// <summary>The <c>list_versions</c> array as stored.</summary>
    internal static string WriteVersions(IReadOnlyList<ScreenedVersion> versions)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var v in versions)
            {
                json.WriteStartObject();
                json.WriteString("source", v.Source);
                json.WriteNumber("version", v.Version);
                json.WriteNumber("id", v.Id);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
