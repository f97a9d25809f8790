namespace Vigil.Core.Lists;

/// <summary>One loaded version of a list: what a screening run is stamped with and what <c>vigil lists</c> shows.</summary>
/// <param name="Id">The version id, unique across sources, increasing with each load: the key alerts and jobs refer to.</param>
/// <param name="Source">The source name (<c>ofac-sdn</c>).</param>
/// <param name="ContentHash">SHA-256 (hex) over the list's file names and bytes.</param>
/// <param name="PublishedOn">The publication date the files carry, when they carry one.</param>
/// <param name="LoadedAt">When it was loaded (UTC).</param>
/// <param name="Counts">Entries per kind.</param>
/// <param name="WarningCount">How many parse warnings the load produced.</param>
/// <param name="PreviousVersionId">The version that was active for the source when this one was loaded.</param>
/// <param name="IsActive">Whether it is the source's active version now.</param>
/// <param name="Number">The version's number within its source (un version 1, 2, ...): what people read and type.</param>
/// <param name="Status">Loaded (active or replaced), pending (held for an operator's decision) or dropped.</param>
/// <param name="HeldReason">Why the version was held rather than activated; null when it never was.</param>
public sealed record ListVersion(
    long Id,
    string Source,
    string ContentHash,
    DateOnly? PublishedOn,
    DateTimeOffset LoadedAt,
    KindCounts Counts,
    int WarningCount,
    long? PreviousVersionId,
    bool IsActive,
    int Number = 0,
    VersionStatus Status = VersionStatus.Loaded,
    string? HeldReason = null);

/// <summary>Where a stored list version stands.</summary>
public enum VersionStatus
{
    /// <summary>Made active when loaded or accepted (it may since have been replaced by a newer one).</summary>
    Loaded,

    /// <summary>Held, not activated: it removes too many entries or is older than the active version; an operator accepts or drops it.</summary>
    Pending,

    /// <summary>Held, then discarded by an operator; its entries are no longer kept.</summary>
    Dropped,
}
