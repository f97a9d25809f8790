using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Store;

namespace Vigil.Workflows.Audit;

/// <summary>The export format: one JSON line per entry, then a checkpoint line signed with the home's key.</summary>
/// <remarks>
/// The checkpoint <c>{"checkpoint":{"count","first_prev_hash","last_hash","hmac"}}</c> is what lets a file be checked
/// on its own: the entries' chain shows no line inside was edited, the count and last hash show none was cut from the
/// end, and the HMAC shows the checkpoint itself was written by a holder of the key.
/// </remarks>
internal static class AuditExportFile
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="rows"/> and the checkpoint; returns the number of entries.</summary>
    public static long Write(IEnumerable<ChainedAuditEntry> rows, Stream stream, byte[] key)
    {
        long count = 0;
        string? first = null;
        var last = "";
        foreach (var row in rows)
        {
            using (var json = new Utf8JsonWriter(stream, Options))
            {
                json.WriteStartObject();
                json.WriteNumber("id", row.Entry.Id);
                json.WriteString("at", StoreInstant(row.Entry.At));
                json.WriteString("action", row.Entry.Action);
                json.WritePropertyName("detail");
                json.WriteRawValue(row.Entry.Detail);
                json.WriteString("prev_hash", row.PreviousHash);
                json.WriteString("hash", row.Hash);
                json.WriteEndObject();
            }
            stream.WriteByte((byte)'\n');
            first ??= row.PreviousHash ?? "";
            last = row.Hash ?? "";
            count++;
        }
        first ??= "";
        if (count == 0) last = "";
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("checkpoint");
            json.WriteNumber("count", count);
            json.WriteString("first_prev_hash", first);
            json.WriteString("last_hash", last);
            json.WriteString("hmac", AuditKey.Sign(key, count, first, last));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return count;
    }

    /// <summary>Checks the file's chain line by line and its checkpoint against <paramref name="key"/>; names the first bad line.</summary>
    public static AuditFileVerification Verify(string path, byte[] key)
    {
        long entries = 0, lineNumber = 0;
        string? first = null;
        var previous = "";
        using var reader = new StreamReader(path);
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) return Bad(entries, lineNumber, "is empty");
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                return Bad(entries, lineNumber, $"is not JSON ({e.Message})");
            }
            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("checkpoint", out var checkpoint))
                {
                    var problem = CheckCheckpoint(checkpoint, key, entries, first ?? "", entries == 0 ? "" : previous);
                    if (problem is not null) return Bad(entries, lineNumber, problem);
                    if (reader.ReadLine() is not null) return Bad(entries, lineNumber + 1, "follows the checkpoint: the checkpoint must be the last line");
                    return new AuditFileVerification(entries, null, null);
                }
                var entryProblem = CheckEntry(root, entries == 0 ? null : previous, out var prevHash, out var hash);
                if (entryProblem is not null) return Bad(entries, lineNumber, entryProblem);
                first ??= prevHash;
                previous = hash;
                entries++;
            }
        }
        return Bad(entries, lineNumber + 1,
            $"is missing: the file ends at line {lineNumber} without the signed checkpoint, so its last lines were cut (or it was not written by vigil audit export)");
    }

    private static string? CheckEntry(JsonElement row, string? previous, out string prevHash, out string hash)
    {
        prevHash = hash = "";
        try
        {
            var id = row.GetProperty("id").GetInt64();
            var at = row.GetProperty("at").GetString() ?? "";
            var action = row.GetProperty("action").GetString() ?? "";
            var detail = row.GetProperty("detail").GetRawText();
            prevHash = row.GetProperty("prev_hash").GetString() ?? "";
            hash = row.GetProperty("hash").GetString() ?? "";
            if (previous is not null && prevHash != previous)
                return $"(row {id}) does not follow the line before it: a line before it was removed, inserted or edited";
            if (AuditChain.HashOf(id, at, action, detail, prevHash) != hash)
                return $"(row {id}, {action} at {at}) was changed: its content does not hash to its recorded hash";
            return null;
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return $"is not an audit entry (id, at, action, detail, prev_hash, hash): {e.Message}";
        }
    }

    private static string? CheckCheckpoint(JsonElement checkpoint, byte[] key, long entries, string first, string last)
    {
        try
        {
            var count = checkpoint.GetProperty("count").GetInt64();
            var firstPrev = checkpoint.GetProperty("first_prev_hash").GetString() ?? "";
            var lastHash = checkpoint.GetProperty("last_hash").GetString() ?? "";
            var hmac = checkpoint.GetProperty("hmac").GetString() ?? "";
            if (AuditKey.Sign(key, count, firstPrev, lastHash) != hmac)
                return "(checkpoint) has a signature this home's key did not make: the checkpoint was edited, or the file comes from another home";
            if (count != entries || lastHash != last || firstPrev != first)
                return $"(checkpoint) says {count:N0} entries ending at hash {Short(lastHash)}, the file has {entries:N0} ending at {Short(last)}: lines were cut, added or replaced";
            return null;
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return $"(checkpoint) is malformed: {e.Message}";
        }
    }

    private static AuditFileVerification Bad(long entries, long line, string problem) => new(entries, line, $"line {line} {problem}");

    private static string Short(string hash) => hash.Length == 0 ? "(none)" : hash[..Math.Min(12, hash.Length)];

    private static string StoreInstant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
