namespace Vigil.Store;

/// <summary>Per source and file, the validators of the copy the active version was downloaded from, for conditional requests.</summary>
public interface ISyncStateStore
{
    /// <summary>The files of <paramref name="source"/>, by file name.</summary>
    IReadOnlyList<SyncFileState> Files(string source);

    /// <summary>Replaces the source's files and appends the sync's audit entry, in one transaction.</summary>
    void Save(string source, IReadOnlyList<SyncFileState> files, string auditDetail, DateTimeOffset at);

    /// <summary>Audits a sync that changed nothing or failed (the state stays as it was).</summary>
    void Audit(string auditDetail, DateTimeOffset at);
}
