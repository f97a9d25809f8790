namespace Vigil.Store;

/// <summary>Proof of screening: one <see cref="ScreeningProof"/> per screened record or call, sealed into the audit chain.</summary>
/// <remarks>
/// Each <see cref="Append"/> writes its records and one <c>screening.record</c> audit entry, in one transaction; the entry
/// holds the records' id range, count and <see cref="ScreeningProofJson.BatchHash"/>, so the chain vouches for every
/// record written. <see cref="Purge"/> deletes old records (retention) and audits that, never touching the audit log:
/// the chain stays verifiable, and a purged batch is proven by its audit entry alone.
/// </remarks>
public interface IScreeningLog
{
    /// <summary>Writes <paramref name="records"/> (their <c>Id</c> and <c>AuditId</c> ignored) and their audit entry; returns them as stored.</summary>
    IReadOnlyList<ScreeningProof> Append(IReadOnlyList<ScreeningProof> records, DateTimeOffset at);

    /// <summary>The records with <paramref name="from"/> ≤ time &lt; <paramref name="until"/> (either bound optional), in id order.</summary>
    IEnumerable<ScreeningProof> Read(DateTimeOffset? from, DateTimeOffset? until);

    /// <summary>Deletes the records older than <paramref name="before"/> and audits it (<c>screening.purge</c>, when any went); returns how many went.</summary>
    long Purge(DateTimeOffset before, DateTimeOffset at);
}
