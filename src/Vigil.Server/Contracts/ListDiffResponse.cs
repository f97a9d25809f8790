using Vigil.Core.Lists;
using Vigil.Workflows;

namespace Vigil.Server.Contracts;

/// <summary>What changed between two versions of a list: the shape of <c>vigil lists diff --json</c>.</summary>
public sealed record ListDiffResponse(
    string Source, ListVersionDto From, ListVersionDto To, DiffSummaryDto Summary,
    IReadOnlyList<EntitySummary> Added, IReadOnlyList<EntitySummary> Removed, IReadOnlyList<EntityChangeDto> Changed)
{
    public static ListDiffResponse Of(ListDiffReport report) => new(
        report.To.Source, ListVersionDto.From(report.From), ListVersionDto.From(report.To),
        new DiffSummaryDto(report.Change.Added.Count, report.Change.Removed.Count, report.Change.Changed.Count),
        report.Change.Added, report.Change.Removed,
        [.. report.Change.Changed.Select(c => new EntityChangeDto(c.SourceId, c.Kind, c.Name, c.PreviousName, c.FieldNames))]);
}
