using System.Globalization;
using Vigil.Store;

namespace Vigil.Workflows.Audit;

/// <summary>The hash-chained audit log: verify the chain against its head file, export a time range with a signed checkpoint, verify an export.</summary>
public sealed class AuditTrail(VigilHome home)
{
    /// <summary>Checks every row's hash and link, the end of the chain against the head file, and the alerts' states against the chain; the result names the first bad row or alert.</summary>
    /// <remarks>
    /// The head may lag behind the database (its write follows the commit): rows beyond it are accepted when the head's
    /// row still carries the head's hash, and the head is advanced. A log that ends before the head, or whose row at the
    /// head has another hash, was cut.
    /// </remarks>
    public AuditVerification Verify()
    {
        using var store = home.OpenStore();
        var chain = store.Audit.Verify();
        if (!chain.Ok) return chain;
        var tail = store.Audit.Tail();
        var head = AuditHead.Read(home.AuditHeadPath);
        if (head is not null && CheckHead(store.Audit, head, tail, chain.RowsChecked) is { } cut) return cut;
        if (AlertReplay.Check(store, chain.RowsChecked) is { } edited) return edited;
        if (tail is null || tail.LastId == head?.LastId) return chain;
        new AuditHead(tail.LastId, tail.Hash, chain.RowsChecked).Write(home.AuditHeadPath);
        return chain with
        {
            Note = head is null
                ? $"there was no head file ({home.AuditHeadPath}); the log is anchored at row {tail.LastId} from now on, but nothing shows whether rows were cut from its end before"
                : $"the head lagged at row {head.LastId} (the work after it ended before the head was written); rows up to {tail.LastId} chain from it, head advanced",
        };
    }

    /// <summary>A failure when the log ends before the head or its row at the head has another hash; null when the chain runs through the head.</summary>
    private static AuditVerification? CheckHead(IAuditLog log, AuditHead head, AuditTail? tail, long rowsChecked)
    {
        if (tail is null || tail.LastId < head.LastId)
            return new AuditVerification(rowsChecked, (tail?.LastId ?? 0) + 1,
                $"audit log ends at row {tail?.LastId ?? 0} but the head says {head.LastId} ({head.Count:N0} rows): rows were cut from its end");
        var stored = log.HashAt(head.LastId);
        return stored == head.Hash ? null : new AuditVerification(rowsChecked, head.LastId,
            $"row {head.LastId} does not match the head (hash {Short(stored ?? "")}, the head has {Short(head.Hash)}): the log was cut and written again from there");
    }

    /// <summary>The entries from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), oldest first.</summary>
    public IEnumerable<ChainedAuditEntry> Export(DateTimeOffset? from, DateTimeOffset? to)
    {
        using var store = home.OpenStore();
        foreach (var entry in store.Audit.Read(from, to)) yield return entry;
    }

    /// <summary>Writes the entries of the range as JSON lines ending with a checkpoint signed with the home's key; returns the entry count.</summary>
    public long Export(DateTimeOffset? from, DateTimeOffset? to, Stream output) =>
        AuditExportFile.Write(Export(from, to), output, AuditKey.LoadOrCreate(home.AuditKeyPath));

    /// <summary>Checks an exported file on its own: each line's hash and link, and the signed checkpoint at its end.</summary>
    public AuditFileVerification VerifyFile(string path)
    {
        if (!File.Exists(path)) throw new VigilException($"{path}: no such file");
        var key = AuditKey.Load(home.AuditKeyPath)
            ?? throw new VigilException($"{home.AuditKeyPath}: this home has no audit key, so it signed no export: verify the file with the VIGIL_HOME that exported it");
        return AuditExportFile.Verify(path, key);
    }

    /// <summary>Reads <c>YYYY-MM-DD</c> (midnight UTC) or an ISO 8601 instant; <paramref name="option"/> names it in errors.</summary>
    public static DateTimeOffset ParseTime(string text, string option)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
            return at;
        throw new VigilException($"{option}: '{text}' is not a date (YYYY-MM-DD) or an ISO 8601 time");
    }

    private static string Short(string hash) => hash.Length == 0 ? "(none)" : hash[..Math.Min(12, hash.Length)];
}
