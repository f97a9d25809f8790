namespace Vigil.Core.Lists;

/// <summary>One loaded version of a list: what a screening run is stamped with and what <c>vigil lists</c> shows.</summary>
/// <param name="Id">The version id, unique across sources, increasing with each load.</param>
/// <param name="Source">The source name (<c>ofac-sdn</c>).</param>
/// <param name="ContentHash">SHA-256 (hex) over the list's file names and bytes.</param>
/// <param name="PublishedOn">The publication date the files carry, when they carry one.</param>
/// <param name="LoadedAt">When it was loaded (UTC).</param>
/// <param name="Counts">Entries per kind.</param>
/// <param name="WarningCount">How many parse warnings the load produced.</param>
/// <param name="PreviousVersionId">The version that was active for the source when this one was loaded.</param>
/// <param name="IsActive">Whether it is the source's active version now.</param>
public sealed record ListVersion(
    long Id,
    string Source,
    string ContentHash,
    DateOnly? PublishedOn,
    DateTimeOffset LoadedAt,
    KindCounts Counts,
    int WarningCount,
    long? PreviousVersionId,
    bool IsActive);
