namespace Vigil.Store;

/// <summary>The append-only, hash-chained record of what was done to the store: loads, syncs, screenings, alerts, decisions.</summary>
/// <remarks>
/// Entries are never changed or removed. Each entry's hash is <see cref="AuditChain.HashOf"/> over its id, time,
/// action, detail and the previous entry's hash, so editing, inserting or removing one breaks the chain there, which
/// <see cref="Verify"/> names. Changes that write an entry (a load, a batch, a decision) write it in their own
/// transaction, never through <see cref="Append"/>.
/// </remarks>
public interface IAuditLog
{
    /// <summary>Appends one entry in its own transaction.</summary>
    void Append(string action, string detailJson, DateTimeOffset at);

    /// <summary>The latest entries, newest first.</summary>
    IReadOnlyList<AuditEntry> Latest(int count);

    /// <summary>The entries with <paramref name="from"/> ≤ time &lt; <paramref name="until"/> (either bound optional), oldest first.</summary>
    IEnumerable<ChainedAuditEntry> Read(DateTimeOffset? from, DateTimeOffset? until);

    /// <summary>Checks every entry's link and hash in id order; the result names the first bad entry.</summary>
    AuditVerification Verify();

    /// <summary>The last sealed entry's id and hash; null for an empty log. Cheap: called after every unit of work.</summary>
    AuditTail? Tail();

    /// <summary>The number of entries (reads the whole log: not for every unit of work).</summary>
    long Count();

    /// <summary>The stored hash of entry <paramref name="id"/>; null when there is no such entry.</summary>
    string? HashAt(long id);
}
