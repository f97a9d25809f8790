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
    /// <summary>The wire shape of a list version.</summary>
    public static VersionInfo From(ListVersion v) => new(
        v.Id, v.Source, v.ContentHash, v.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v.LoadedAt, v.IsActive,
        VersionCounts.From(v.Counts), v.WarningCount, v.PreviousVersionId);
}
