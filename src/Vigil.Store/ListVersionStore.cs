using System.Data;
using System.Data.Common;
using Vigil.Core.Lists;
using Vigil.Core.Model;

namespace Vigil.Store.Sql;

/// <summary>Keeps every loaded version of every list, and which one is active per source.</summary>
/// <remarks>
/// A version is written whole in one transaction together with the switch of the active pointer, so readers see
/// either the old version or the new one, never part of one; a failed or interrupted load leaves the old one active.
/// </remarks>
internal sealed partial class ListVersionStore(VigilDatabase database) : IListVersionStore
{
    private const string VersionColumns =
        "v.id, v.source, v.content_hash, v.published_on, v.loaded_at, v.person_count, v.organization_count, " +
        "v.vessel_count, v.aircraft_count, v.unknown_count, v.warning_count, v.previous_version_id, " +
        "EXISTS (SELECT 1 FROM active_versions a WHERE a.version_id = v.id), v.number, v.status, v.held_reason";

    /// <summary>The active version of each source that has one, ordered by source name.</summary>
    public IReadOnlyList<ListVersion> ActiveVersions()
    {
        using var connection = database.OpenConnection();
        return QueryVersions(connection, null,
            $"SELECT {VersionColumns} FROM active_versions x JOIN list_versions v ON v.id = x.version_id ORDER BY v.source");
    }

    /// <summary>The active version of <paramref name="source"/>, or null when it was never loaded.</summary>
    public ListVersion? ActiveVersion(string source)
    {
        using var connection = database.OpenConnection();
        return ActiveVersion(connection, null, source);
    }

    /// <summary>Every version of <paramref name="source"/> (loaded, pending and dropped), newest first.</summary>
    public IReadOnlyList<ListVersion> Versions(string source)
    {
        using var connection = database.OpenConnection();
        return QueryVersions(connection, null,
            $"SELECT {VersionColumns} FROM list_versions v WHERE v.source = @source ORDER BY v.id DESC", ("@source", source));
    }

    /// <summary>The versions held for an operator's decision, by source, then number.</summary>
    public IReadOnlyList<ListVersion> PendingVersions()
    {
        using var connection = database.OpenConnection();
        return QueryVersions(connection, null,
            $"SELECT {VersionColumns} FROM list_versions v WHERE v.status = 'pending' ORDER BY v.source, v.number");
    }

    /// <summary>Version <paramref name="number"/> of <paramref name="source"/>, or null.</summary>
    public ListVersion? VersionNumbered(string source, int number)
    {
        using var connection = database.OpenConnection();
        return VersionNumbered(connection, null, source, number);
    }

    private static ListVersion? VersionNumbered(DbConnection connection, DbTransaction? transaction, string source, int number) =>
        QueryVersions(connection, transaction, $"SELECT {VersionColumns} FROM list_versions v WHERE v.source = @source AND v.number = @n",
            ("@source", source), ("@n", number)).FirstOrDefault();

    /// <summary>The version with this id, or null.</summary>
    public ListVersion? Version(long id)
    {
        using var connection = database.OpenConnection();
        return Version(connection, null, id);
    }

    /// <summary>The parse warnings recorded with a version (empty when the version does not exist).</summary>
    public IReadOnlyList<ParseWarning> Warnings(long versionId)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT warnings FROM list_versions WHERE id = @id";
        command.Param("@id", versionId);
        return command.ExecuteScalar() is string json ? EntityJson.DeserializeWarnings(json) : [];
    }

    /// <summary>One entry of a list: from <paramref name="versionId"/> when given, else from the active version.</summary>
    /// <returns>Null when the source has no such version or the version has no such entry.</returns>
    public VersionedEntity? GetEntity(string source, string sourceId, long? versionId = null)
    {
        using var connection = database.OpenConnection();
        var version = versionId is { } id ? Version(connection, null, id) : ActiveVersion(connection, null, source);
        if (version is null || version.Source != source) return null;
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM entities WHERE version_id = @v AND source_id = @id";
        command.Param("@v", version.Id);
        command.Param("@id", sourceId);
        return command.ExecuteScalar() is string json ? new VersionedEntity(EntityJson.Deserialize(json), version) : null;
    }

    /// <summary>Every entity of every source's active version: sources by name, entries in file order.</summary>
    /// <remarks>Reads the stored UTF-8 directly and deserializes in one loop; 10k entities take well under a second.</remarks>
    public IReadOnlyList<Entity> LoadActiveEntities() => LoadActive().Entities;

    /// <summary>The active versions and all their entities, read from one snapshot of the database.</summary>
    /// <remarks>
    /// The versions and the entities always agree, even while another process loads a list: screening can stamp
    /// <see cref="ActiveLists.Versions"/> on a run knowing the entities it screened against are exactly those.
    /// </remarks>
    public ActiveLists LoadActive()
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginRead();
        var active = QueryVersions(connection, transaction,
            $"SELECT {VersionColumns} FROM active_versions x JOIN list_versions v ON v.id = x.version_id ORDER BY v.source");
        var blobs = new List<byte[]>(active.Sum(v => v.Counts.Total));

        // Per version rather than one join: (version_id, id) order comes straight from ix_entities_version, no sort.
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT json FROM entities WHERE version_id = @v ORDER BY id";
        var version = command.Slot("@v", DbType.Int64);
        foreach (var v in active)
        {
            version.Value = v.Id;
            using var reader = command.ExecuteReader();
            while (reader.Read()) blobs.Add(database.Dialect.ReadUtf8(reader, 0));
        }

        // Reading is cheap; deserialising is most of the time, and each entity is independent: use every core.
        var entities = new Entity[blobs.Count];
        Parallel.For(0, blobs.Count, i => entities[i] = EntityJson.Deserialize(blobs[i]));
        return new ActiveLists(active, entities);
    }

    private static ListVersion? ActiveVersion(DbConnection connection, DbTransaction? transaction, string source) =>
        QueryVersions(connection, transaction,
            $"SELECT {VersionColumns} FROM active_versions x JOIN list_versions v ON v.id = x.version_id WHERE x.source = @source",
            ("@source", source)).FirstOrDefault();

    private static ListVersion? Version(DbConnection connection, DbTransaction? transaction, long id) =>
        QueryVersions(connection, transaction, $"SELECT {VersionColumns} FROM list_versions v WHERE v.id = @id", ("@id", id))
            .FirstOrDefault();

    private static List<ListVersion> QueryVersions(
        DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Param(name, value);
        using var reader = command.ExecuteReader();
        var versions = new List<ListVersion>();
        while (reader.Read())
        {
            versions.Add(new ListVersion(
                Id: reader.GetInt64(0),
                Source: reader.GetString(1),
                ContentHash: reader.GetString(2),
                PublishedOn: reader.IsDBNull(3) ? null : StoreText.ParseDate(reader.GetString(3)),
                LoadedAt: StoreText.ParseInstant(reader.GetString(4)),
                Counts: new KindCounts(reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9)),
                WarningCount: reader.GetInt32(10),
                PreviousVersionId: reader.IsDBNull(11) ? null : reader.GetInt64(11),
                IsActive: reader.GetBoolean(12),
                Number: reader.GetInt32(13),
                Status: ParseStatus(reader.GetString(14)),
                HeldReason: reader.IsDBNull(15) ? null : reader.GetString(15)));
        }
        return versions;
    }

    private static VersionStatus ParseStatus(string status) => status switch
    {
        "loaded" => VersionStatus.Loaded,
        "pending" => VersionStatus.Pending,
        "dropped" => VersionStatus.Dropped,
        _ => throw new InvalidOperationException($"list version status '{status}' is unknown to this vigil"),
    };
}
