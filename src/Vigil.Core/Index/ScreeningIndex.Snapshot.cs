using Vigil.Core.Matching;
using Vigil.Core.Model;

namespace Vigil.Core.Index;

public sealed partial class ScreeningIndex
{
    private const string SnapshotMagic = "VIGIL-INDEX";
    private const string SnapshotEnd = "END";
    /// <summary>Bumped when the snapshot layout changes; a build of Vigil.Core with other code also refuses old snapshots.</summary>
    private const int SnapshotFormat = 2;

    /// <summary>
    /// Writes the built index, so a later process can read it back (<see cref="ReadSnapshot"/>) instead of analysing every
    /// name again. <paramref name="key"/> names the list versions it was built from; reading checks it.
    /// </summary>
    /// <remarks>
    /// What is written: a header (format, the Vigil.Core build, the key, the scoring profile, the entities' ids), the
    /// vocabulary with its deletion index, the name table and the postings. What is derived again on reading: the
    /// dictionaries, the prepared entities and the identifier lookup. The entities themselves are not in the snapshot:
    /// the caller reads them from the store, and the header's checksum of their ids must match.
    /// </remarks>
    public void WriteSnapshot(Stream stream, string key)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(SnapshotMagic);
        writer.Write(SnapshotFormat);
        writer.Write(CodeIdentity);
        writer.Write(key);
        writer.Write(Profile.ToString());
        writer.Write(Entities.Count);
        writer.Write(RefsChecksum(Entities.Select(e => e.Entity)));
        Vocabulary.Write(writer);
        Names.Write(writer);
        Snapshot.WriteArray(writer, PostingStart);
        Snapshot.WriteArray(writer, Postings);
        Snapshot.WriteArray(writer, PostingWeights);
        writer.Write(SnapshotEnd);
    }

    /// <summary>
    /// Reads an index written by <see cref="WriteSnapshot"/> over <paramref name="entities"/>; null when the snapshot was
    /// made for other list versions, other entities, another scoring profile or another build of Vigil.Core.
    /// </summary>
    /// <exception cref="InvalidDataException">The snapshot is damaged (truncated or not a snapshot).</exception>
    public static ScreeningIndex? ReadSnapshot(Stream stream, string key, IReadOnlyList<Entity> entities, ScoringProfile? profile = null)
    {
        profile ??= ScoringProfile.Default;
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!HeaderMatches(reader, key, entities, profile)) return null;
            var vocabulary = Vocabulary.Read(reader, profile);
            var names = NameTable.Read(reader);
            var postingStart = Snapshot.ReadArray<int>(reader);
            var postings = Snapshot.ReadArray<int>(reader);
            var postingWeights = Snapshot.ReadArray<float>(reader);
            if (reader.ReadString() != SnapshotEnd || postingStart.Length != vocabulary.Count + 1 || postings.Length != postingWeights.Length
                || (names.Count > 0 && names.EntityOf(names.Count - 1) >= entities.Count))
                throw new InvalidDataException("index snapshot: inconsistent arrays");
            var prepared = new PreparedEntity[entities.Count];
            Parallel.For(0, entities.Count, e => prepared[e] = new PreparedEntity(entities[e], profile));
            return new ScreeningIndex(profile, prepared, vocabulary, names, postingStart, postings, postingWeights, IdentifierLookup(prepared));
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("index snapshot: truncated", e);
        }
    }

    /// <summary>
    /// Whether <see cref="ReadSnapshot"/> would accept this snapshot, from its header and its end alone (so without
    /// reading the index): made for these list versions, entities, scoring profile and build of Vigil.Core, and written
    /// to the end. Damage in between is found only by reading, which then rebuilds.
    /// </summary>
    public static bool SnapshotMatches(Stream stream, string key, IReadOnlyList<Entity> entities, ScoringProfile? profile = null)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!HeaderMatches(reader, key, entities, profile ?? ScoringProfile.Default)) return false;
            var end = 1 + System.Text.Encoding.UTF8.GetByteCount(SnapshotEnd);
            if (stream.Length - stream.Position < end) return false;
            stream.Seek(-end, SeekOrigin.End);
            return reader.ReadString() == SnapshotEnd;
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException)
        {
            return false;
        }
    }

    /// <summary>Reads the header <see cref="WriteSnapshot"/> wrote and checks it against what the caller has.</summary>
    /// <exception cref="InvalidDataException">Not a snapshot.</exception>
    private static bool HeaderMatches(BinaryReader reader, string key, IReadOnlyList<Entity> entities, ScoringProfile profile)
    {
        if (reader.ReadString() != SnapshotMagic) throw new InvalidDataException("not a Vigil index snapshot");
        return reader.ReadInt32() == SnapshotFormat && reader.ReadString() == CodeIdentity && reader.ReadString() == key
            && reader.ReadString() == profile.ToString() && reader.ReadInt32() == entities.Count && reader.ReadUInt64() == RefsChecksum(entities);
    }

    /// <summary>The build of Vigil.Core: a snapshot is only read by the code that wrote it.</summary>
    private static string CodeIdentity => typeof(ScreeningIndex).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>FNV-1a (64-bit) over each entity's source and id, in order.</summary>
    private static ulong RefsChecksum(IEnumerable<Entity> entities)
    {
        var h = 14695981039346656037UL;
        foreach (var e in entities)
        {
            foreach (var c in e.Source) h = (h ^ c) * 1099511628211UL;
            h = (h ^ ':') * 1099511628211UL;
            foreach (var c in e.SourceId) h = (h ^ c) * 1099511628211UL;
            h = (h ^ '\n') * 1099511628211UL;
        }
        return h;
    }
}
