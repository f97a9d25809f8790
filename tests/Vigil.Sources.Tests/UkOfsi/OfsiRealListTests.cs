using Vigil.Core.Model;
using Vigil.Tests.Shared;
using Xunit.Abstractions;

namespace Vigil.Sources.Tests.UkOfsi;

/// <summary>The real OFSI consolidated lists in shared/data/uk-ofsi: CSV 2014-04 and 2018-04, XLSX 2025-04-10 and 2025-04-14.</summary>
public sealed class OfsiRealListTests(ITestOutputHelper output)
{
    private static readonly Lazy<ListParseResult> Csv2014 = new(() => OfsiFixture.ParseFile(SharedData.Path("uk-ofsi/2014-04/sanctionsconlist.csv")));
    private static readonly Lazy<ListParseResult> Csv2018 = new(() => OfsiFixture.ParseFile(SharedData.Path("uk-ofsi/2018-04/sanctionsconlist.csv")));
    private static readonly Lazy<ListParseResult> Xlsx0410 = new(() => OfsiFixture.ParseFile(SharedData.Path("uk-ofsi/2025-04-10/ConList.xlsx")));
    private static readonly Lazy<ListParseResult> Xlsx0414 = new(() => OfsiFixture.ParseFile(SharedData.Path("uk-ofsi/2025-04-14/ConList.xlsx")));

    private static (int Persons, int Organizations, int Vessels) Kinds(ListParseResult r) =>
        (r.Entities.Count(e => e.Kind == EntityKind.Person), r.Entities.Count(e => e.Kind == EntityKind.Organization), r.Entities.Count(e => e.Kind == EntityKind.Vessel));

    [Fact]
    public void The_2014_and_2018_csv_files_hold_the_groups_the_publisher_counts()
    {
        Assert.Equal((1_337, 960, 0), Kinds(Csv2014.Value));
        Assert.Equal(new DateOnly(2014, 4, 2), Csv2014.Value.PublishedOn);
        Assert.Equal((1_426, 680, 0), Kinds(Csv2018.Value));
        Assert.Equal(new DateOnly(2018, 4, 13), Csv2018.Value.PublishedOn);
    }

    [Fact]
    public void The_2025_workbooks_hold_the_groups_the_publisher_counts_and_2_more_on_the_14th()
    {
        Assert.Equal(4_686, Xlsx0410.Value.Entities.Count);
        Assert.Equal((3_663, 1_010, 15), Kinds(Xlsx0414.Value));
        Assert.Equal(new DateOnly(2025, 4, 14), Xlsx0414.Value.PublishedOn);
        var added = Xlsx0414.Value.Entities.Select(e => e.SourceId).Except(Xlsx0410.Value.Entities.Select(e => e.SourceId)).Order();
        Assert.Equal(["16856", "16857"], added);
        Assert.Equal("FOXTROT NETWORK", Xlsx0414.Value.Single("16856").Name);
    }

    [Fact]
    public void Every_warning_names_its_row_and_there_are_few()
    {
        foreach (var r in new[] { Csv2014.Value, Csv2018.Value, Xlsx0414.Value })
        {
            foreach (var w in r.Warnings) output.WriteLine(w.ToString());
            Assert.InRange(r.Warnings.Count, 0, 10);
            Assert.All(r.Warnings, w => Assert.True(w.Line > 0, w.ToString()));
        }
    }

    [Fact]
    public void The_2022_format_keeps_original_script_names_weak_aliases_UN_references_and_the_UK_reference()
    {
        var entities = Xlsx0414.Value.Entities;
        Assert.InRange(entities.Count(e => e.Names.Any(n => n.Role == NameRole.OriginalScript)), 500, 4_000);
        Assert.InRange(entities.Count(e => e.Names.Any(n => n.Role == NameRole.WeakAlias)), 100, 2_000);
        // 866 rows carry "(UN Ref)"; they belong to a few hundred groups.
        Assert.InRange(entities.Count(e => e.UnReference is not null), 200, 866);
        Assert.All(entities.Where(e => e.UnReference is not null), e => Assert.Matches(@"^[A-Z]{2}[ie]\.\d{1,3}$", e.UnReference!));
        Assert.True(entities.Count(e => e.Identifiers.Any(i => i.Label == "UK Sanctions List Ref")) >= entities.Count - 1);
        Assert.All(entities.Where(e => e.Kind == EntityKind.Vessel), v => Assert.Contains(v.Identifiers, i => i.Kind == IdentifierKind.Imo));
    }

    [Fact]
    public void The_old_csv_reads_UN_references_from_the_free_text_and_Windows_1252_characters()
    {
        var entities = Csv2018.Value.Entities;
        Assert.Equal("QDe.004", Csv2018.Value.Single("13349").UnReference);
        Assert.Contains(entities, e => e.Titles.Any(t => t.Contains("Forces Armées Centrafricaines", StringComparison.Ordinal)));
        Assert.DoesNotContain(entities, e => e.Names.Any(n => n.Full.Contains('\uFFFD')));
    }
}
