using Vigil.Core.Lists;

namespace Vigil.Contracts;

/// <summary>What changed between two versions of a list: <c>vigil lists diff --json</c> and <c>GET /api/v1/lists/{source}/diff</c>.</summary>
public sealed record ListDiffResult(
    string Source, VersionInfo From, VersionInfo To, DiffCounts Summary,
    IReadOnlyList<EntryRef> Added, IReadOnlyList<EntryRef> Removed, IReadOnlyList<EntryChange> Changed)
{
    /// <summary>The wire shape of the change from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static ListDiffResult Of(ListVersion from, ListVersion to, ListChange change) => new(
        to.Source, VersionInfo.From(from), VersionInfo.From(to),
        new DiffCounts(change.Added.Count, change.Removed.Count, change.Changed.Count),
        [.. change.Added.Select(EntryRef.From)], [.. change.Removed.Select(EntryRef.From)], [.. change.Changed.Select(EntryChange.From)]);
}
