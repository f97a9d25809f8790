namespace Vigil.Core.Lists;

/// <summary>What changed between two versions of one list, entry by entry, each part ordered by source id.</summary>
public sealed record ListChange(
    IReadOnlyList<EntitySummary> Added,
    IReadOnlyList<EntitySummary> Removed,
    IReadOnlyList<EntityChange> Changed)
{
    /// <summary>No change at all.</summary>
    public static ListChange None { get; } = new([], [], []);

    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;
}
