namespace Vigil.Contracts;

/// <summary>A page of the entries of a source's active version (<c>GET /lists/{source}/entries</c>), in list order.</summary>
/// <param name="Source">The source.</param>
/// <param name="ListVersion">The active version's number within the source.</param>
/// <param name="ListVersionId">The active version's id.</param>
/// <param name="Total">How many entries match the filter (all of the version's without one).</param>
/// <param name="Offset">The first entry of this page, counted from 0 among those that match.</param>
/// <param name="Entries">At most <c>limit</c> entries: id, kind and primary name.</param>
public sealed record EntryPage(string Source, int ListVersion, long ListVersionId, int Total, int Offset, IReadOnlyList<EntryRef> Entries);
