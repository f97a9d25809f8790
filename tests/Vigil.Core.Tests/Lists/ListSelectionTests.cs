using Vigil.Core.Index;
using Vigil.Core.Lists;
using Vigil.Core.Model;
using Vigil.Core.Screening;

namespace Vigil.Core.Tests.Lists;

public sealed class ListSelectionTests
{
    private static ListVersion V(long id, string source, int number = 1) =>
        new(id, source, "hash", null, DateTimeOffset.UnixEpoch, new KindCounts(0, 0, 0, 0, 0), 0, null, true, number);

    private static Entity E(string source, string id, string name) => new()
    {
        Source = source, SourceId = id, Kind = EntityKind.Person, Names = [new EntityName(name)],
    };

    private static readonly ListVersion[] Active = [V(3, "ofac-sdn"), V(7, "uk-ofsi", 2), V(4, "un")];

    [Fact]
    public void Selections_written_in_any_order_case_or_spacing_are_the_same_selection()
    {
        var a = ListSelection.Parse(" UN , ofac-sdn,un")!;
        var b = ListSelection.Parse("ofac-sdn,un")!;

        Assert.Equal(["ofac-sdn", "un"], a.Sources);
        Assert.Equal(b.Key, a.Key);
        Assert.Equal("custom:staff", ListSelection.Parse("Custom:Staff")!.Key); // custom:NAME is lower case too
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_selection_means_every_source(string? text) => Assert.Null(ListSelection.Parse(text));

    [Fact]
    public void An_empty_name_between_commas_is_refused()
    {
        var ex = Assert.Throws<ListSelectionException>(() => ListSelection.Parse("ofac-sdn,,un"));
        Assert.Contains("empty source name", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolving_gives_the_selected_active_versions_in_their_order()
    {
        var versions = ListSelection.Parse("un,ofac-sdn")!.Resolve(Active);

        Assert.Equal([3L, 4L], versions.Select(v => v.Id));
        Assert.False(ListSelection.Parse("un,ofac-sdn")!.CoversAll(Active));
        Assert.True(ListSelection.Parse("un,ofac-sdn,uk-ofsi")!.CoversAll(Active));
    }

    [Fact]
    public void A_source_without_an_active_version_is_refused_naming_it_and_the_active_ones()
    {
        var ex = Assert.Throws<ListSelectionException>(() => ListSelection.Parse("ofac-sdn,eu-fsf,ca-sema")!.Resolve(Active));

        Assert.StartsWith("'ca-sema', 'eu-fsf' are not an active source", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("active: ofac-sdn, uk-ofsi, un", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Applying_keeps_the_selected_sources_entities_in_list_order()
    {
        var lists = new ActiveLists(Active, [E("ofac-sdn", "2", "A"), E("uk-ofsi", "1", "B"), E("ofac-sdn", "1", "C"), E("un", "QDi.1", "D")]);

        var applied = ListSelection.Of("ofac-sdn", "un").Apply(lists);

        Assert.Equal(["ofac-sdn:2", "ofac-sdn:1", "un:QDi.1"], applied.Entities.Select(e => e.Ref.ToString()));
        Assert.Equal("ofac-sdn:3,un:4", applied.Key);
    }

    [Fact]
    public void A_screener_told_the_versions_stamps_each_hit_with_its_sources_version()
    {
        var screener = new Screener(ScreeningIndex.Build([E("ofac-sdn", "1", "Zorbulan Qetravic"), E("un", "QDi.1", "Zorbulan Qetravic")]), Active);

        var hits = screener.Search(new ScreeningQuery("Zorbulan Qetravic"));

        Assert.Equal(2, hits.Count);
        Assert.All(hits, h => Assert.Equal(h.Entity.Source, h.Version!.Source));
        Assert.Equal(4, hits.Single(h => h.Entity.Source == "un").Version!.Id);
        Assert.Null(new Screener(screener.Index).Search(new ScreeningQuery("Zorbulan Qetravic"))[0].Version);
    }
}
