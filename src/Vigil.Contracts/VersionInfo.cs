using System.Globalization;
using System.Text.Json.Serialization;
using Vigil.Core.Lists;

namespace Vigil.Contracts;

/// <summary>A list version as <c>vigil lists</c>, <c>vigil entity --json</c>, <c>lists diff --json</c> and the API write it.</summary>
/// <param name="PublishedOn">The publication date the files carry (<c>YYYY-MM-DD</c>), null when they carry none.</param>
/// <param name="PreviousVersionId">The version that was active for the source when this one was loaded.</param>
public sealed record VersionInfo(
    long Id, string Source, string ContentHash,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? PublishedOn,
    DateTimeOffset LoadedAt, bool Active, VersionCounts Counts, int Warnings, long? PreviousVersionId)
{
    /// <summary>The version's number within its source (un 1, 2, ...), as <c>vigil lists</c> shows it; <see cref="Id"/> stays the key.</summary>
    public int Number { get; init; }

    /// <summary><c>loaded</c> (made active when loaded or accepted), <c>pending</c> (held for an operator) or <c>dropped</c>.</summary>
    public string Status { get; init; } = "loaded";

    /// <summary>Why the version was held rather than activated; left out when it never was.</summary>
    public string? HeldReason { get; init; }

    /// <summary>The wire shape of a list version.</summary>
    public static VersionInfo From(ListVersion v) => new(
        v.Id, v.Source, v.ContentHash, v.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v.LoadedAt, v.IsActive,
        VersionCounts.From(v.Counts), v.WarningCount, v.PreviousVersionId)
    {
        Number = v.Number,
        Status = v.Status.ToString().ToLowerInvariant(),
        HeldReason = v.HeldReason,
    };
}
