using System.Text.Json;
using Vigil.Store;

namespace Vigil.Workflows.Audit;

/// <summary>The audit chain's head anchored outside the database: <c>$VIGIL_HOME/audit.head</c>, the last id, its hash and the count.</summary>
/// <remarks>
/// Cutting rows from the end of the log leaves an intact chain; only a record kept elsewhere shows the log was longer.
/// The head is written after the work that appended (see <see cref="AnchoredStore"/>), so it may lag behind the
/// database (a crash between the commit and the head write) but never run ahead of it: rows beyond the head are
/// accepted when the head's own row is still in the chain with the head's hash.
/// </remarks>
internal sealed record AuditHead(long LastId, string Hash, long Count)
{
    /// <summary>The head in the file at <paramref name="path"/>; null when there is none.</summary>
    public static AuditHead? Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            return new AuditHead(root.GetProperty("last_id").GetInt64(), root.GetProperty("hash").GetString() ?? "", root.GetProperty("count").GetInt64());
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new VigilException($"{path}: the audit head is damaged ({e.Message}); it is not rewritten on its own: restore it or move it away to anchor the log afresh", e);
        }
    }

    /// <summary>Writes the head atomically: a private temporary file renamed over the old head.</summary>
    public void Write(string path)
    {
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temp, VigilHome.PrivateFileOptions(FileMode.CreateNew)))
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WriteNumber("last_id", LastId);
                json.WriteString("hash", Hash);
                json.WriteNumber("count", Count);
                json.WriteEndObject();
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Moves the head in <paramref name="path"/> forward to <paramref name="tail"/> when the chain still runs through the old head.</summary>
    /// <remarks>
    /// Never backwards, and never past a head whose row is gone or changed: a log cut and then appended to must keep
    /// the old head, or the cut would be hidden. Two processes racing may leave the smaller head; that is only a lag.
    /// </remarks>
    public static void Advance(string path, IAuditLog log, AuditTail? tail)
    {
        if (tail is null) return;
        var head = Read(path);
        if (head is not null && (tail.LastId <= head.LastId || log.HashAt(head.LastId) != head.Hash)) return;
        // Entries get consecutive ids and are never removed, so past an intact head the count follows from the ids
        // without reading the whole log.
        var count = head is null ? log.Count() : head.Count + (tail.LastId - head.LastId);
        new AuditHead(tail.LastId, tail.Hash, count).Write(path);
    }
}
