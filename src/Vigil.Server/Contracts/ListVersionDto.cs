using System.Globalization;
using Vigil.Core.Lists;

namespace Vigil.Server.Contracts;

/// <summary>A list version as <c>vigil lists</c> and <c>vigil entity --json</c> write it.</summary>
public sealed record ListVersionDto(
    long Id, string Source, string ContentHash, string? PublishedOn, DateTimeOffset LoadedAt, bool Active,
    CountsDto Counts, int Warnings, long? PreviousVersionId)
{
    public static ListVersionDto From(ListVersion v) => new(
        v.Id, v.Source, v.ContentHash, v.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v.LoadedAt, v.IsActive,
        new CountsDto(v.Counts.Total, v.Counts.Persons, v.Counts.Organizations, v.Counts.Vessels, v.Counts.Aircraft, v.Counts.Unknown),
        v.WarningCount, v.PreviousVersionId);
}
