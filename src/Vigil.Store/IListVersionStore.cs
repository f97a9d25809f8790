using Vigil.Core.Lists;
using Vigil.Core.Model;

namespace Vigil.Store;

/// <summary>Keeps every loaded version of every list, and which one is active per source.</summary>
/// <remarks>
/// A version is written whole, together with the switch of the active pointer and its audit entry, so readers see
/// either the old version or the new one, never part of one; a failed or interrupted save leaves the old one active.
/// </remarks>
public interface IListVersionStore
{
    /// <summary>The active version of each source that has one, ordered by source name.</summary>
    IReadOnlyList<ListVersion> ActiveVersions();

    /// <summary>The active version of <paramref name="source"/>, or null when it was never loaded.</summary>
    ListVersion? ActiveVersion(string source);

    /// <summary>Every version of <paramref name="source"/> (loaded, pending and dropped), newest first.</summary>
    IReadOnlyList<ListVersion> Versions(string source);

    /// <summary>The versions held for an operator's decision (<see cref="VersionStatus.Pending"/>), by source, then number.</summary>
    IReadOnlyList<ListVersion> PendingVersions();

    /// <summary>Version <paramref name="number"/> of <paramref name="source"/> (numbers count per source from 1), or null.</summary>
    ListVersion? VersionNumbered(string source, int number);

    /// <summary>The version with this id, or null.</summary>
    ListVersion? Version(long id);

    /// <summary>The parse warnings recorded with a version (empty when the version does not exist).</summary>
    IReadOnlyList<ParseWarning> Warnings(long versionId);

    /// <summary>One entry of a list: from <paramref name="versionId"/> when given, else from the active version; null when absent.</summary>
    VersionedEntity? GetEntity(string source, string sourceId, long? versionId = null);

    /// <summary>The active versions and all their entities (sources by name, entries in file order), from one consistent snapshot.</summary>
    ActiveLists LoadActive();

    /// <summary>
    /// Saves a parsed list as the new active version of <paramref name="source"/>, with the change against the previous
    /// version and an audit entry, in one transaction; an equal content hash writes only an audit entry (<c>Unchanged</c>).
    /// </summary>
    /// <remarks>
    /// With a <paramref name="rule"/> that says to hold it (too many entries removed, an older publication), the version
    /// is stored as <see cref="VersionStatus.Pending"/> with the reason and the active version stays as it was
    /// (<see cref="LoadReport.Held"/>); content equal to a version already pending or dropped is not stored again, the
    /// report names that version. Without a rule the version is always activated.
    /// </remarks>
    /// <exception cref="ArgumentException">An entity belongs to another source, or a source id occurs twice.</exception>
    LoadReport SaveVersion(string source, string contentHash, DateOnly? publishedOn,
        IReadOnlyList<Entity> entities, IReadOnlyList<ParseWarning> warnings, DateTimeOffset loadedAt, ActivationRule? rule = null);

    /// <summary>
    /// Activates pending version <paramref name="number"/> of <paramref name="source"/> on an operator's word: the active
    /// pointer switches to it, with the change against the version it replaces and a <c>list.accept</c> audit entry naming
    /// <paramref name="by"/>, in one transaction.
    /// </summary>
    /// <exception cref="ArgumentException">There is no such version, or it is not pending.</exception>
    LoadReport Accept(string source, int number, string by, DateTimeOffset at);

    /// <summary>
    /// Discards pending version <paramref name="number"/> of <paramref name="source"/>: its entries are deleted, the version
    /// stays listed as <see cref="VersionStatus.Dropped"/>, and a <c>list.drop</c> audit entry names <paramref name="by"/>.
    /// </summary>
    /// <exception cref="ArgumentException">There is no such version, or it is not pending.</exception>
    ListVersion Drop(string source, int number, string by, DateTimeOffset at);

    /// <summary>What changed in <paramref name="source"/> from one stored version to another (either order).</summary>
    /// <exception cref="ArgumentException">A version does not exist or belongs to another source.</exception>
    ListChange Diff(string source, long fromVersionId, long toVersionId);
}
