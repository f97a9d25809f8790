using Vigil.Core.Model;

namespace Vigil.Core.Lists;

/// <summary>
/// The sources a screening is restricted to (<c>--lists ofac-sdn,un</c>, <c>lists=ofac-sdn,un</c>): a set of source names,
/// kept sorted so that equal selections have equal <see cref="Key"/>s whatever order they were written in.
/// </summary>
/// <remarks>No selection (null) means every active source. A selection is checked against the active versions with
/// <see cref="Resolve"/>, which names any source that is not among them.</remarks>
public sealed class ListSelection
{
    private ListSelection(IReadOnlyList<string> sources) => Sources = sources;

    /// <summary>The selected source names, sorted ordinally, each once.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The sources as written on a command line: <c>ofac-sdn,un</c>; equal for equal selections.</summary>
    public string Key => string.Join(",", Sources);

    /// <summary>Reads a comma-separated list of source names; null or blank text is no selection (every source).</summary>
    /// <exception cref="ListSelectionException">An empty item (<c>ofac-sdn,,un</c>).</exception>
    public static ListSelection? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var part in text.Split(','))
        {
            var name = part.Trim();
            if (name.Length == 0) throw new ListSelectionException($"'{text}' has an empty source name; write names separated by commas, e.g. ofac-sdn,un");
            names.Add(name.ToLowerInvariant()); // source names are lower case, custom:NAME too
        }
        return new ListSelection([.. names]);
    }

    /// <summary>A selection of exactly these sources.</summary>
    public static ListSelection Of(params IEnumerable<string> sources) =>
        new([.. new SortedSet<string>(sources, StringComparer.Ordinal)]);

    /// <summary>The active versions of the selected sources, in the order of <paramref name="active"/>.</summary>
    /// <exception cref="ListSelectionException">A selected source has no active version; the message names it and the active ones.</exception>
    public IReadOnlyList<ListVersion> Resolve(IReadOnlyList<ListVersion> active)
    {
        var missing = Sources.Where(s => !active.Any(v => v.Source == s)).ToList();
        if (missing.Count > 0)
            throw new ListSelectionException(
                $"{string.Join(", ", missing.Select(m => $"'{m}'"))} {(missing.Count == 1 ? "is" : "are")} not an active source; " +
                $"active: {(active.Count == 0 ? "none" : string.Join(", ", active.Select(v => v.Source)))}");
        return [.. active.Where(v => Sources.Contains(v.Source, StringComparer.Ordinal))];
    }

    /// <summary>Whether the selection holds every one of <paramref name="active"/>'s sources (so it selects nothing away).</summary>
    public bool CoversAll(IReadOnlyList<ListVersion> active) => active.All(v => Sources.Contains(v.Source, StringComparer.Ordinal));

    /// <summary>The entities of the selected sources, in the order of <paramref name="entities"/>.</summary>
    public IReadOnlyList<Entity> Filter(IReadOnlyList<Entity> entities)
    {
        var selected = new HashSet<string>(Sources, StringComparer.Ordinal);
        var kept = new List<Entity>();
        foreach (var e in entities) if (selected.Contains(e.Source)) kept.Add(e);
        return kept;
    }

    /// <summary>The active lists narrowed to the selection: its versions and their entities.</summary>
    /// <exception cref="ListSelectionException">A selected source has no active version.</exception>
    public ActiveLists Apply(ActiveLists lists) => new(Resolve(lists.Versions), Filter(lists.Entities));

    /// <inheritdoc/>
    public override string ToString() => Key;
}
