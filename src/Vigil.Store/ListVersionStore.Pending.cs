using System.Data;
using System.Data.Common;
using Vigil.Core.Lists;

namespace Vigil.Store.Sql;

internal sealed partial class ListVersionStore
{
    /// <summary>Activates a pending version on an operator's word, with the change against the version it replaces and an audit entry.</summary>
    /// <exception cref="ArgumentException">There is no such version, or it is not pending.</exception>
    public LoadReport Accept(string source, int number, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginWrite();
        var pending = PendingNumbered(connection, transaction, source, number);
        var previous = ActiveVersion(connection, transaction, source);
        ListChange change;
        if (previous is null)
        {
            using var read = new EntityReader(connection, transaction);
            var all = ContentHashes(connection, transaction, pending.Id);
            change = Compare([], all, id => throw new InvalidOperationException(id), id => read.Get(pending.Id, id));
        }
        else
        {
            change = Compare(connection, transaction, previous.Id, pending.Id);
        }

        SetStatus(connection, transaction, pending.Id, "loaded", reason: null, by, at);
        // It now replaces the version active at acceptance (lists diff's default "from"), which may not be the one active when it was held.
        using (var link = connection.CreateCommand())
        {
            link.Transaction = transaction;
            link.CommandText = "UPDATE list_versions SET previous_version_id = @prev WHERE id = @id";
            link.Param("@prev", previous?.Id);
            link.Param("@id", pending.Id);
            link.ExecuteNonQuery();
        }
        Activate(connection, transaction, source, pending.Id);
        var version = Version(connection, transaction, pending.Id)!;
        AuditLog.Append(connection, transaction, "list.accept", DetailJson.Of(
            ("source", source), ("version_id", version.Id), ("number", version.Number), ("content_hash", version.ContentHash),
            ("by", by.Trim()), ("held_reason", pending.HeldReason), ("previous_version_id", previous?.Id),
            ("entities", version.Counts.Total), ("added", change.Added.Count), ("removed", change.Removed.Count), ("changed", change.Changed.Count)), at);
        transaction.Commit();
        return new LoadReport(version, Unchanged: false, Warnings(version.Id), previous is null ? null : previous with { IsActive = false }, change);
    }

    /// <summary>Discards a pending version: its entities are deleted, the row stays as dropped, an audit entry names who.</summary>
    /// <exception cref="ArgumentException">There is no such version, or it is not pending.</exception>
    public ListVersion Drop(string source, int number, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginWrite();
        var pending = PendingNumbered(connection, transaction, source, number);
        using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM entities WHERE version_id = @v";
            delete.Param("@v", pending.Id);
            delete.ExecuteNonQuery();
        }
        SetStatus(connection, transaction, pending.Id, "dropped", reason: null, by, at);
        var version = Version(connection, transaction, pending.Id)!;
        AuditLog.Append(connection, transaction, "list.drop", DetailJson.Of(
            ("source", source), ("version_id", version.Id), ("number", version.Number), ("content_hash", version.ContentHash),
            ("by", by.Trim()), ("held_reason", pending.HeldReason), ("entities", version.Counts.Total)), at);
        transaction.Commit();
        return version;
    }

    private static ListVersion PendingNumbered(DbConnection connection, DbTransaction transaction, string source, int number)
    {
        var version = VersionNumbered(connection, transaction, source, number)
            ?? throw new ArgumentException($"{source} has no version {number}");
        if (version.Status != VersionStatus.Pending)
        {
            var state = version.Status == VersionStatus.Dropped ? "was dropped" : version.IsActive ? "is the active version" : "was loaded and replaced since";
            throw new ArgumentException($"{source} version {number} is not pending: it {state}; only a held version can be accepted or dropped");
        }
        return version;
    }
}
