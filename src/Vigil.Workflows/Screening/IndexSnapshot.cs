using Vigil.Core.Lists;
using Vigil.Core.Screening;

namespace Vigil.Workflows.Screening;

/// <summary>One built index and the list versions it was built from; immutable, so a request can hold it to the end.</summary>
/// <param name="Versions">The active versions the index holds, ordered by source name.</param>
/// <param name="Screener">Searches the index; thread-safe.</param>
/// <param name="BuiltAt">When the index was ready.</param>
public sealed record IndexSnapshot(IReadOnlyList<ListVersion> Versions, Screener Screener, DateTimeOffset BuiltAt)
{
    /// <summary>The key of the versions (<c>ofac-sdn:3,un:4</c>), as <see cref="ActiveLists.Key"/>.</summary>
    public string Key { get; } = LiveIndex.KeyOf(Versions);
}
