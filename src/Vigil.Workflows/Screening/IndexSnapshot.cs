using System.Collections.Concurrent;
using Vigil.Core.Index;
using Vigil.Core.Lists;
using Vigil.Core.Screening;

namespace Vigil.Workflows.Screening;

/// <summary>One built index and the list versions it was built from; immutable, so a request can hold it to the end.</summary>
/// <param name="Versions">The active versions the index holds, ordered by source name.</param>
/// <param name="Screener">Searches the index; thread-safe.</param>
/// <param name="BuiltAt">When the index was ready.</param>
public sealed record IndexSnapshot(IReadOnlyList<ListVersion> Versions, Screener Screener, DateTimeOffset BuiltAt)
{
    /// <summary>How many per-selection indexes one snapshot keeps; a further selection replaces one of them.</summary>
    /// <remarks>Each costs memory in proportion to its names (SDN + UN: a 20 MB snapshot file, some 60 MB in memory), so a
    /// few: deployments screen with one or two selections (one per business line), not with every subset.</remarks>
    public const int MaxSelections = 4;

    private readonly ConcurrentDictionary<string, Lazy<Selected>> _selections = new(StringComparer.Ordinal);

    /// <summary>The key of the versions (<c>ofac-sdn:3,un:4</c>), as <see cref="ActiveLists.Key"/>.</summary>
    public string Key { get; } = LiveIndex.KeyOf(Versions);

    /// <summary>The index of <paramref name="selection"/>'s sources (null: every source) and the key of its versions.</summary>
    /// <remarks>
    /// A selection of fewer sources than the snapshot holds gets an index built from their entities alone, so it scores
    /// exactly as a home holding only them (the word weights are those sources' own). It is built on first use (SDN + UN:
    /// ~0.5 s) and kept with the snapshot, up to <see cref="MaxSelections"/> selections, so it goes when the snapshot goes.
    /// </remarks>
    /// <exception cref="ListSelectionException">The selection names a source the snapshot does not hold.</exception>
    public (Screener Screener, string Key) For(ListSelection? selection)
    {
        if (selection is null) return (Screener, Key);
        var versions = selection.Resolve(Versions);
        if (versions.Count == Versions.Count) return (Screener, Key);
        if (_selections.Count >= MaxSelections && !_selections.ContainsKey(selection.Key))
            foreach (var old in _selections.Keys.Take(_selections.Count - MaxSelections + 1)) _selections.TryRemove(old, out _);
        var selected = _selections.GetOrAdd(selection.Key, _ => new Lazy<Selected>(() => Build(selection, versions))).Value;
        return (selected.Screener, selected.Key);
    }

    private Selected Build(ListSelection selection, IReadOnlyList<ListVersion> versions)
    {
        var entities = new List<Core.Model.Entity>(Screener.Index.Entities.Count);
        foreach (var prepared in Screener.Index.Entities) entities.Add(prepared.Entity);
        var index = ScreeningIndex.Build(selection.Filter(entities), Screener.Index.Profile);
        return new Selected(new Screener(index, versions), LiveIndex.KeyOf(versions));
    }

    private sealed record Selected(Screener Screener, string Key);
}
