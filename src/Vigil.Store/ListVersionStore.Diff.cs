using System.Data;
using System.Data.Common;
using Vigil.Core.Lists;
using Vigil.Core.Model;

namespace Vigil.Store.Sql;

internal sealed partial class ListVersionStore
{
    /// <summary>The entry-level change from one version of <paramref name="source"/> to another.</summary>
    /// <exception cref="ArgumentException">Either version does not exist or belongs to another source.</exception>
    public ListChange Diff(string source, long fromVersionId, long toVersionId)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginRead();
        foreach (var id in new[] { fromVersionId, toVersionId })
        {
            var version = Version(connection, transaction, id);
            if (version is null) throw new ArgumentException($"there is no list version {id}");
            if (version.Source != source) throw new ArgumentException($"list version {id} is a version of {version.Source}, not {source}");
            if (version.Status == VersionStatus.Dropped)
                throw new ArgumentException($"{source} version {version.Number} (id {id}) was dropped; its entries are no longer kept");
        }
        var before = ContentHashes(connection, transaction, fromVersionId);
        var after = ContentHashes(connection, transaction, toVersionId);
        using var read = new EntityReader(connection, transaction);
        return Compare(before, after, id => read.Get(fromVersionId, id), id => read.Get(toVersionId, id));
    }

    /// <summary>
    /// Runs <see cref="ListDiff"/> on only the entries whose stored JSON differs (or that exist on one side):
    /// equal JSON means equal entities, which contribute nothing to the change, so the result is the same as over all.
    /// </summary>
    private static ListChange Compare(
        Dictionary<string, string> before, Dictionary<string, string> after,
        Func<string, Entity> readBefore, Func<string, Entity> readAfter)
    {
        var older = new List<Entity>();
        var newer = new List<Entity>();
        foreach (var (id, hash) in before)
            if (!after.TryGetValue(id, out var other) || other != hash) older.Add(readBefore(id));
        foreach (var (id, hash) in after)
            if (!before.TryGetValue(id, out var other) || other != hash) newer.Add(readAfter(id));
        return ListDiff.Compare(older, newer);
    }

    private static Dictionary<string, string> ContentHashes(DbConnection connection, DbTransaction? transaction, long versionId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT source_id, content_hash FROM entities WHERE version_id = @v";
        command.Param("@v", versionId);
        using var reader = command.ExecuteReader();
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read()) hashes[reader.GetString(0)] = reader.GetString(1);
        return hashes;
    }

    /// <summary>Reads single entities by (version, source id) through one prepared statement.</summary>
    private sealed class EntityReader : IDisposable
    {
        private readonly DbCommand _command;
        private readonly DbParameter _version;
        private readonly DbParameter _sourceId;

        public EntityReader(DbConnection connection, DbTransaction? transaction)
        {
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText = "SELECT json FROM entities WHERE version_id = @v AND source_id = @id";
            _version = _command.Slot("@v", DbType.Int64);
            _sourceId = _command.Slot("@id", DbType.String);
        }

        public Entity Get(long versionId, string sourceId)
        {
            _version.Value = versionId;
            _sourceId.Value = sourceId;
            return _command.ExecuteScalar() is string json
                ? EntityJson.Deserialize(json)
                : throw new InvalidOperationException($"entity {sourceId} of version {versionId} vanished while reading");
        }

        public void Dispose() => _command.Dispose();
    }
}
