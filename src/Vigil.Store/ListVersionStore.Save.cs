using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Data;
using System.Data.Common;
using Vigil.Core.Lists;
using Vigil.Core.Model;

namespace Vigil.Store.Sql;

internal sealed partial class ListVersionStore
{
    /// <summary>
    /// Saves a parsed list as the new active version of <paramref name="source"/>, unless its content hash equals the
    /// active version's, in which case nothing but an audit entry is written and the report says <c>Unchanged</c>; or
    /// unless <paramref name="rule"/> holds it, in which case it is stored as pending and the active version stays.
    /// </summary>
    /// <remarks>
    /// One write transaction holds the version row, its entities, the change against the previous version, the switch
    /// of the active pointer (or the hold) and the audit entry. Any exception rolls all of it back.
    /// </remarks>
    /// <exception cref="ArgumentException">An entity belongs to another source, or a source id occurs twice.</exception>
    public LoadReport SaveVersion(
        string source, string contentHash, DateOnly? publishedOn,
        IReadOnlyList<Entity> entities, IReadOnlyList<ParseWarning> warnings, DateTimeOffset loadedAt, ActivationRule? rule = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentHash);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (e.Source != source) throw new ArgumentException($"entity {e.Ref} is not from {source}", nameof(entities));
            if (!ids.Add(e.SourceId)) throw new ArgumentException($"source id {e.SourceId} occurs twice in this {source} list", nameof(entities));
        }

        using var connection = database.OpenConnection();
        // IMMEDIATE: take the write lock before reading the active version, so two loads cannot both build on it.
        using var transaction = connection.BeginWrite();
        var previous = ActiveVersion(connection, transaction, source);

        if (previous is not null && string.Equals(previous.ContentHash, contentHash, StringComparison.OrdinalIgnoreCase))
        {
            AuditLog.Append(connection, transaction, "list.load.unchanged",
                Detail(source, previous, contentHash, previous.Counts, warnings.Count, null), loadedAt);
            transaction.Commit();
            return new LoadReport(previous, Unchanged: true, warnings, Previous: null, ListChange.None);
        }

        // The same content held before (a sync round fetching it again): not stored twice, still not activated.
        if (rule is not null && HeldBefore(connection, transaction, source, contentHash) is { } held)
        {
            var again = previous is null || held.Status == VersionStatus.Dropped ? ListChange.None : Compare(connection, transaction, previous.Id, held.Id);
            AuditLog.Append(connection, transaction, "list.load.held",
                Detail(source, held, contentHash, held.Counts, warnings.Count, (previous?.Id, again), held.HeldReason, repeated: true), loadedAt);
            transaction.Commit();
            return new LoadReport(held, Unchanged: false, warnings, previous, again);
        }

        var counts = KindCounts.Of(entities);
        var versionId = InsertVersion(connection, transaction, source, contentHash, publishedOn, loadedAt, counts, warnings, previous?.Id);
        var hashes = InsertEntities(connection, transaction, versionId, entities);

        ListChange change;
        if (previous is null)
        {
            change = ListDiff.Compare([], entities);
        }
        else
        {
            var before = ContentHashes(connection, transaction, previous.Id);
            var byId = entities.ToDictionary(e => e.SourceId, StringComparer.Ordinal);
            using var read = new EntityReader(connection, transaction);
            change = Compare(before, hashes, id => read.Get(previous.Id, id), id => byId[id]);
        }

        if (previous is not null && rule?.HoldReason(previous, change, publishedOn) is { } reason)
        {
            SetStatus(connection, transaction, versionId, "pending", reason, by: null, at: null);
            var pending = Version(connection, transaction, versionId)!;
            AuditLog.Append(connection, transaction, "list.load.held",
                Detail(source, pending, contentHash, counts, warnings.Count, (previous.Id, change), reason, repeated: false), loadedAt);
            transaction.Commit();
            return new LoadReport(pending, Unchanged: false, warnings, previous, change);
        }

        Activate(connection, transaction, source, versionId);
        var version = Version(connection, transaction, versionId)!;
        AuditLog.Append(connection, transaction, "list.load",
            Detail(source, version, contentHash, counts, warnings.Count, (previous?.Id, change)), loadedAt);
        transaction.Commit();
        return new LoadReport(version, Unchanged: false, warnings, previous is null ? null : previous with { IsActive = false }, change);
    }

    /// <summary>The newest pending or dropped version of <paramref name="source"/> with this content hash, if any.</summary>
    private static ListVersion? HeldBefore(DbConnection connection, DbTransaction transaction, string source, string contentHash) =>
        QueryVersions(connection, transaction,
            $"SELECT {VersionColumns} FROM list_versions v WHERE v.source = @source AND v.content_hash = @hash AND v.status <> 'loaded' ORDER BY v.id DESC LIMIT 1",
            ("@source", source), ("@hash", contentHash.ToLowerInvariant())).FirstOrDefault();

    /// <summary>The change from one stored version to another, inside the caller's transaction.</summary>
    private static ListChange Compare(DbConnection connection, DbTransaction transaction, long fromId, long toId)
    {
        var before = ContentHashes(connection, transaction, fromId);
        var after = ContentHashes(connection, transaction, toId);
        using var read = new EntityReader(connection, transaction);
        return Compare(before, after, id => read.Get(fromId, id), id => read.Get(toId, id));
    }

    private static void Activate(DbConnection connection, DbTransaction transaction, string source, long versionId)
    {
        using var activate = connection.CreateCommand();
        activate.Transaction = transaction;
        activate.CommandText = """
            INSERT INTO active_versions (source, version_id) VALUES (@source, @v)
            ON CONFLICT (source) DO UPDATE SET version_id = excluded.version_id
            """;
        activate.Param("@source", source);
        activate.Param("@v", versionId);
        activate.ExecuteNonQuery();
        // Other nodes reload when this commits (PostgreSQL NOTIFY; nothing on SQLite).
        StoreDialect.Of(connection).ListActivated(connection, transaction, source);
    }

    private static void SetStatus(
        DbConnection connection, DbTransaction transaction, long versionId, string status, string? reason, string? by, DateTimeOffset? at)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE list_versions SET status = @status, held_reason = COALESCE(@reason, held_reason), decided_by = @by, decided_at = @at
            WHERE id = @id
            """;
        command.Param("@status", status);
        command.Param("@reason", (object?)reason ?? DBNull.Value);
        command.Param("@by", (object?)by ?? DBNull.Value);
        command.Param("@at", at is { } t ? StoreText.Instant(t) : DBNull.Value);
        command.Param("@id", versionId);
        command.ExecuteNonQuery();
    }

    private static long InsertVersion(
        DbConnection connection, DbTransaction transaction, string source, string contentHash, DateOnly? publishedOn,
        DateTimeOffset loadedAt, KindCounts counts, IReadOnlyList<ParseWarning> warnings, long? previousId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO list_versions (source, content_hash, published_on, loaded_at, entity_count, person_count,
                organization_count, vessel_count, aircraft_count, unknown_count, warning_count, warnings, previous_version_id, number)
            VALUES (@source, @hash, @published, @loaded, @total, @p, @o, @v, @a, @u, @wc, @w, @prev,
                    (SELECT COALESCE(MAX(number), 0) + 1 FROM list_versions WHERE source = @source))
            RETURNING id
            """;
        command.Param("@source", source);
        command.Param("@hash", contentHash.ToLowerInvariant());
        command.Param("@published", publishedOn is { } d ? StoreText.Date(d) : DBNull.Value);
        command.Param("@loaded", StoreText.Instant(loadedAt));
        command.Param("@total", counts.Total);
        command.Param("@p", counts.Persons);
        command.Param("@o", counts.Organizations);
        command.Param("@v", counts.Vessels);
        command.Param("@a", counts.Aircraft);
        command.Param("@u", counts.Unknown);
        command.Param("@wc", warnings.Count);
        command.Param("@w", EntityJson.SerializeWarnings(warnings));
        command.Param("@prev", previousId);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Writes the entities in list order; returns each one's content hash by source id.</summary>
    private static Dictionary<string, string> InsertEntities(
        DbConnection connection, DbTransaction transaction, long versionId, IReadOnlyList<Entity> entities)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO entities (version_id, source_id, kind, name, content_hash, json)
            VALUES (@v, @id, @kind, @name, @hash, @json)
            """;
        var version = command.Slot("@v", DbType.Int64);
        var sourceId = command.Slot("@id", DbType.String);
        var kind = command.Slot("@kind", DbType.String);
        var name = command.Slot("@name", DbType.String);
        var hash = command.Slot("@hash", DbType.String);
        var json = command.Slot("@json", DbType.String);
        command.Prepare();
        version.Value = versionId;

        var hashes = new Dictionary<string, string>(entities.Count, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            var utf8 = EntityJson.SerializeToUtf8(entity);
            var contentHash = Convert.ToHexStringLower(SHA256.HashData(utf8));
            sourceId.Value = entity.SourceId;
            kind.Value = entity.Kind.ToString();
            name.Value = entity.Name;
            hash.Value = contentHash;
            json.Value = Encoding.UTF8.GetString(utf8);
            command.ExecuteNonQuery();
            hashes[entity.SourceId] = contentHash;
        }
        return hashes;
    }

    private static string Detail(
        string source, ListVersion version, string contentHash, KindCounts counts, int warningCount,
        (long? PreviousId, ListChange Change)? change, string? heldReason = null, bool repeated = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("source", source);
            writer.WriteNumber("version_id", version.Id);
            writer.WriteNumber("number", version.Number);
            writer.WriteString("content_hash", contentHash.ToLowerInvariant());
            writer.WriteNumber("entities", counts.Total);
            writer.WriteNumber("warnings", warningCount);
            if (change is { } ch)
            {
                var (previousId, c) = ch;
                if (previousId is { } p) writer.WriteNumber("previous_version_id", p);
                else writer.WriteNull("previous_version_id");
                writer.WriteNumber("added", c.Added.Count);
                writer.WriteNumber("removed", c.Removed.Count);
                writer.WriteNumber("changed", c.Changed.Count);
            }
            if (heldReason is not null)
            {
                writer.WriteString("held_reason", heldReason);
                if (repeated) writer.WriteBoolean("repeated", true);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
