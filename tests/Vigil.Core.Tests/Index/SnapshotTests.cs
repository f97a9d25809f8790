using Vigil.Core.Index;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.Index;

public sealed class SnapshotTests
{
    private static readonly Entity[] Entities =
    [
        Some.Person("MADURO MOROS, Nicolas", born: "1962-11-23", nationality: "VE", id: "22790"),
        Some.Org("CEIEC", aliases: ["CHINA NATIONAL ELECTRONICS IMPORT AND EXPORT CORPORATION"], id: "30502"),
        Some.Person("AL-ZAWAHIRI, Ayman", born: "1951-06-19", id: "zawahiri"),
        Some.Person("QADHAFI, Muammar", id: "qadhafi", passport: "B/002210"),
        Some.Vessel("OCEAN MARINER", id: "vessel", imo: "9116412"),
        Some.Person("PAK, Il Kyu", id: "pak"),
    ];

    private static readonly ScreeningQuery[] Queries =
    [
        new("Nicolás Madurro", EntityKind.Person, PartialDate.Parse("1962")),
        new("Corporación China de Importaciones y Exportaciones Electrónicas"),
        new("CEIEC"),
        new("Aiman al Zawahri"),
        new("Moammar Gaddafi", IdNumber: "B002210"),
        new("M.V. Ocean Marinner", EntityKind.Vessel, IdNumber: "IMO 9116412"),
        new("Park Il-gyu"),
        new("Steven Mnuchin"),
    ];

    private static MemoryStream Written(ScreeningIndex index, string key)
    {
        var stream = new MemoryStream();
        index.WriteSnapshot(stream, key);
        stream.Position = 0;
        return stream;
    }

    private static string Results(ScreeningIndex index) => string.Join("\n", Queries.Select(q =>
        string.Join(" ", new Screener(index).Search(q, new SearchOptions(Top: 5, MinScore: 0, Explain: true))
            .Select(h => $"{h.Ref} {h.Score:R} {h.MatchedName} {h.Explanation!.Words.Count}"))));

    [Fact]
    public void A_snapshot_read_back_gives_the_same_hits_and_scores_as_the_built_index()
    {
        var built = ScreeningIndex.Build(Entities);

        var read = ScreeningIndex.ReadSnapshot(Written(built, "k1"), "k1", Entities);

        Assert.NotNull(read);
        Assert.Equal(built.NameCount, read.NameCount);
        Assert.Contains("22790", Results(built), StringComparison.Ordinal);
        Assert.Equal(Results(built), Results(read));
    }

    [Fact]
    public void A_snapshot_of_other_list_versions_or_other_entities_is_not_used()
    {
        var built = ScreeningIndex.Build(Entities);

        Assert.Null(ScreeningIndex.ReadSnapshot(Written(built, "ofac-sdn:1"), "ofac-sdn:2", Entities));
        Assert.Null(ScreeningIndex.ReadSnapshot(Written(built, "k"), "k", Entities[..^1]));
        Assert.Null(ScreeningIndex.ReadSnapshot(Written(built, "k"), "k", [.. Entities.Reverse()]));
        Assert.Null(ScreeningIndex.ReadSnapshot(Written(built, "k"), "k", Entities, Vigil.Core.Matching.ScoringProfile.Default with { AlertThreshold = 0.9 }));
    }

    [Fact]
    public void A_damaged_snapshot_is_reported_as_invalid_data()
    {
        var bytes = Written(ScreeningIndex.Build(Entities), "k").ToArray();

        Assert.Throws<InvalidDataException>(() => ScreeningIndex.ReadSnapshot(new MemoryStream(bytes[..(bytes.Length / 2)]), "k", Entities));
        Assert.Throws<InvalidDataException>(() => ScreeningIndex.ReadSnapshot(new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8]), "k", Entities));
    }

    [Fact]
    public void Matching_a_snapshot_reads_its_header_and_end_only()
    {
        var built = ScreeningIndex.Build(Entities);
        var bytes = Written(built, "k").ToArray();

        Assert.True(ScreeningIndex.SnapshotMatches(new MemoryStream(bytes), "k", Entities));
        Assert.False(ScreeningIndex.SnapshotMatches(new MemoryStream(bytes), "other", Entities));
        Assert.False(ScreeningIndex.SnapshotMatches(new MemoryStream(bytes), "k", Entities[..^1]));
        Assert.False(ScreeningIndex.SnapshotMatches(new MemoryStream(bytes[..^1]), "k", Entities));              // cut short
        Assert.False(ScreeningIndex.SnapshotMatches(new MemoryStream(bytes[..(bytes.Length / 2)]), "k", Entities));
        Assert.False(ScreeningIndex.SnapshotMatches(new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8]), "k", Entities));
    }
}
