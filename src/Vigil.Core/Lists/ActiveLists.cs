using Vigil.Core.Model;

namespace Vigil.Core.Lists;

/// <summary>What screening runs against: the active version of each loaded source and all their entities.</summary>
/// <param name="Versions">One active version per source, ordered by source name.</param>
/// <param name="Entities">Every entity of those versions: sources in the same order, entries in list order.</param>
public sealed record ActiveLists(IReadOnlyList<ListVersion> Versions, IReadOnlyList<Entity> Entities)
{
    /// <summary>A stable key for this set of versions (<c>ofac-sdn:3,un:4</c>): equal keys mean equal entities.</summary>
    public string Key => string.Join(",", Versions.Select(v => $"{v.Source}:{v.Id}"));
}
