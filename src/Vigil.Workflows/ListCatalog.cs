using System.Globalization;
using Vigil.Core.Lists;
using Vigil.Core.Model;
using Vigil.Sources;
using Vigil.Store;

namespace Vigil.Workflows;

/// <summary>Answers questions about the loaded lists: which versions are active, what changed, what an entry says.</summary>
public sealed class ListCatalog(VigilHome home)
{
    /// <summary>The active version of every loaded source, ordered by source name.</summary>
    public IReadOnlyList<ListVersion> Active()
    {
        using var store = home.OpenStore();
        return store.Lists.ActiveVersions();
    }

    /// <summary>The versions held for an operator's decision (pending), by source, then number.</summary>
    public IReadOnlyList<ListVersion> Pending()
    {
        using var store = home.OpenStore();
        return store.Lists.PendingVersions();
    }

    /// <summary>The id of version <paramref name="number"/> of <paramref name="source"/> (the number <c>vigil lists</c> shows).</summary>
    /// <exception cref="VigilException">The source is unknown or has no such version.</exception>
    public long IdOf(string source, int number)
    {
        ParserFor(source);
        using var store = home.OpenStore();
        return store.Lists.VersionNumbered(source, number)?.Id
            ?? throw new VigilException($"{source} has no version {number} (versions: {Numbers(store.Lists.Versions(source))})");
    }

    /// <summary>Every loaded version of <paramref name="source"/>, newest first (empty when never loaded).</summary>
    public IReadOnlyList<ListVersion> Versions(string source)
    {
        ParserFor(source);
        using var store = home.OpenStore();
        return store.Lists.Versions(source);
    }

    /// <summary>The parse warnings recorded with a version.</summary>
    public IReadOnlyList<ParseWarning> Warnings(long versionId)
    {
        using var store = home.OpenStore();
        return store.Lists.Warnings(versionId);
    }

    /// <summary>
    /// What changed in <paramref name="source"/> from version <paramref name="from"/> to <paramref name="to"/>.
    /// <paramref name="to"/> defaults to the active version, <paramref name="from"/> to the version <paramref name="to"/> replaced.
    /// </summary>
    public ListDiffReport Diff(string source, long? from = null, long? to = null)
    {
        ParserFor(source);
        using var vigil = home.OpenStore();
        var store = vigil.Lists;
        var versions = store.Versions(source);
        if (versions.Count == 0) throw NotLoaded(source);

        var toVersion = to is { } t ? Find(versions, source, t) : versions.First(v => v.IsActive);
        ListVersion fromVersion;
        if (from is { } f)
            fromVersion = Find(versions, source, f);
        else if (toVersion.PreviousVersionId is { } p)
            fromVersion = Find(versions, source, p);
        else
            throw new VigilException(
                $"{source} version {toVersion.Id} is the first one loaded, so there is nothing to compare it with; " +
                $"load a newer version, or give --from and --to (versions: {Ids(versions)})");
        return new ListDiffReport(fromVersion, toVersion, store.Diff(source, fromVersion.Id, toVersion.Id));
    }

    /// <summary>An entry by <c>SOURCE:ID</c> (<c>ofac-sdn:30502</c>), from the active version or from <paramref name="versionId"/>.</summary>
    public EntityRecord Entity(string reference, long? versionId = null)
    {
        if (!SourceRef.TryParse(reference, out var key))
            throw new VigilException($"'{reference}' is not SOURCE:ID, e.g. ofac-sdn:30502 or un:QDi.001");
        ParserFor(key.Source);
        using var vigil = home.OpenStore();
        var store = vigil.Lists;
        ListVersion version;
        if (versionId is { } v)
        {
            var found = store.Version(v);
            version = found is not null && found.Source == key.Source
                ? found
                : throw new VigilException($"{key.Source} has no version {v} (versions: {Ids(store.Versions(key.Source))})");
        }
        else
        {
            version = store.ActiveVersion(key.Source) ?? throw NotLoaded(key.Source);
        }
        var entry = store.GetEntity(key.Source, key.SourceId, version.Id)
            ?? throw new VigilException($"{key} is not in {key.Source} version {(version.Number > 0 ? version.Number : version.Id)}{(version.IsActive ? " (the active one)" : "")}");
        return new EntityRecord(entry.Entity, entry.Version, EntityJson.Serialize(entry.Entity, indented: true));
    }

    /// <summary>The parser of a source, or a <see cref="VigilException"/> listing the known sources.</summary>
    internal static IListParser ParserFor(string source) =>
        ListSources.ParserFor(source)
        ?? throw new VigilException($"unknown source '{source}'; known sources: {string.Join(", ", ListSources.Names)}, or a list of your own as {Sources.Custom.CustomListParser.NameDescription}");

    private static ListVersion Find(IReadOnlyList<ListVersion> versions, string source, long id) =>
        versions.FirstOrDefault(v => v.Id == id)
        ?? throw new VigilException($"{source} has no version {id} (versions: {Ids(versions)})");

    private static string Ids(IReadOnlyList<ListVersion> versions) =>
        versions.Count == 0 ? "none" : string.Join(", ", versions.Select(v => v.Id.ToString(CultureInfo.InvariantCulture)));

    private static string Numbers(IReadOnlyList<ListVersion> versions) =>
        versions.Count == 0 ? "none" : string.Join(", ", versions.Select(v => v.Number.ToString(CultureInfo.InvariantCulture)));

    private static VigilException NotLoaded(string source) =>
        new($"{source} has not been loaded; run: vigil lists load {source} PATH");
}
