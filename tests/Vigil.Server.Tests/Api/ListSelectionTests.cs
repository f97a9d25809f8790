using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Core.Index;
using Vigil.Core.Lists;
using Vigil.Core.Screening;
using Vigil.Server.Tests.Support;
using Vigil.Workflows;

namespace Vigil.Server.Tests.Api;

/// <summary>The <c>lists</c> parameter of <c>/search</c>, <c>/screen</c> and <c>/screen/text</c> over SDN, UN and the
/// ofac-cons fixture: which sources answer, with which scores, and the 400 for a source that is not active.</summary>
[Collection(LoadedHomeCollection.Name)]
public sealed class ListSelectionTests(LoadedHome home)
{
    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    [Fact]
    public async Task Search_with_lists_sdn_and_un_scores_as_an_index_of_only_those_two_sources()
    {
        using var client = home.Factory.Client(home.Key);
        var body = await Ok(await client.GetAsync("/api/v1/search?name=Kim%20Jong&min_score=0.5&top=50&lists=ofac-sdn,un"));

        // The reference: an index built in process from the SDN and UN entities alone.
        var active = ActiveListsLoader.Load(new VigilHome(home.Home));
        var only = ListSelection.Of("ofac-sdn", "un").Apply(active);
        var expected = new Screener(ScreeningIndex.Build(only.Entities))
            .Search(new ScreeningQuery("Kim Jong"), new SearchOptions(Top: 50, MinScore: 0.5));
        var matches = body.GetProperty("matches").EnumerateArray().ToList();
        Assert.True(expected.Count > 3, "the reference should have several hits");
        Assert.Equal(
            expected.Select(h => $"{h.Entity.Source}/{h.Entity.SourceId}/{Math.Round(h.Score, 4)}"),
            matches.Select(m => $"{m.GetProperty("source").GetString()}/{m.GetProperty("source_id").GetString()}/{m.GetProperty("score").GetDouble()}"));
        Assert.Equal(LiveKey(only.Versions), body.GetProperty("list_versions").GetString());
    }

    [Fact]
    public async Task Screen_with_lists_ofac_cons_answers_only_from_it_and_names_its_version()
    {
        using var client = home.Factory.Client(home.Key);
        var all = await Ok(await client.PostAsJsonAsync("/api/v1/screen?min_score=0.5&top=50", new[] { new { id = "a", name = "CEIEC" } }));
        var cons = await Ok(await client.PostAsJsonAsync("/api/v1/screen?min_score=0.5&top=50&lists=ofac-cons", new[] { new { id = "a", name = "CEIEC" } }));

        Assert.Contains(all.GetProperty("results")[0].GetProperty("matches").EnumerateArray(), m => m.GetProperty("source").GetString() == "ofac-sdn");
        Assert.StartsWith("ofac-cons:", cons.GetProperty("list_versions").GetString(), StringComparison.Ordinal);
        var consVersion = ActiveListsLoader.Load(new VigilHome(home.Home)).Versions.Single(v => v.Source == "ofac-cons");
        Assert.All(cons.GetProperty("results")[0].GetProperty("matches").EnumerateArray(), m =>
        {
            Assert.Equal("ofac-cons", m.GetProperty("source").GetString());
            Assert.Equal(consVersion.Number, m.GetProperty("list_version").GetInt32());
            Assert.Equal(consVersion.Id, m.GetProperty("list_version_id").GetInt64());
        });
    }

    [Fact]
    public async Task Every_hit_without_a_selection_names_its_source_version()
    {
        using var client = home.Factory.Client(home.Key);
        var body = await Ok(await client.GetAsync("/api/v1/search?name=CEIEC"));
        var versions = ActiveListsLoader.Load(new VigilHome(home.Home)).Versions.ToDictionary(v => v.Source);

        Assert.All(body.GetProperty("matches").EnumerateArray(), m =>
            Assert.Equal(versions[m.GetProperty("source").GetString()!].Id, m.GetProperty("list_version_id").GetInt64()));
    }

    [Fact]
    public async Task Text_with_lists_in_the_body_names_only_that_source()
    {
        using var client = home.Factory.Client(home.Key);
        var body = await Ok(await client.PostAsJsonAsync("/api/v1/screen/text",
            new { text = "Ayman al-Zawahiri was seen with Nicolas Maduro Moros in Caracas.", lists = "un" }));

        var mentions = body.GetProperty("mentions").EnumerateArray().ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal("un", m.GetProperty("source").GetString()));
        Assert.StartsWith("un:", body.GetProperty("list_versions").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/search?name=CEIEC&lists=ofac-sdn,uk-ofsi", "uk-ofsi")]
    [InlineData("/api/v1/search?name=CEIEC&lists=ofac-sdn,,un", "empty source name")]
    public async Task Search_naming_a_source_that_is_not_active_gets_400_naming_it(string url, string named)
    {
        using var client = home.Factory.Client(home.Key);
        var problem = await Problem.ReadAsync(await client.GetAsync(url), HttpStatusCode.BadRequest);

        Assert.StartsWith("lists: ", Problem.Detail(problem), StringComparison.Ordinal);
        Assert.Contains(named, Problem.Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_and_text_naming_a_source_that_is_not_active_get_400_naming_it()
    {
        using var client = home.Factory.Client(home.Key);
        var screen = await Problem.ReadAsync(
            await client.PostAsJsonAsync("/api/v1/screen?lists=ca-sema", new[] { new { name = "CEIEC" } }), HttpStatusCode.BadRequest);
        var text = await Problem.ReadAsync(
            await client.PostAsJsonAsync("/api/v1/screen/text", new { text = "CEIEC", lists = "au-dfat" }), HttpStatusCode.BadRequest);

        Assert.Contains("'ca-sema' is not an active source", Problem.Detail(screen), StringComparison.Ordinal);
        Assert.Contains("'au-dfat' is not an active source", Problem.Detail(text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_lists_parameter()
    {
        using var client = home.Factory.Client(home.Key);
        var json = await (await client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();

        Assert.Contains("lists (comma-separated source names", json, StringComparison.Ordinal);
        var search = JsonDocument.Parse(json).RootElement.GetProperty("paths").EnumerateObject().Single(p => p.Name.EndsWith("/search", StringComparison.Ordinal));
        Assert.Contains(search.Value.GetProperty("get").GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "lists");
    }

    [Fact]
    public void A_selection_index_is_built_once_per_snapshot_and_every_source_selected_is_the_whole_index()
    {
        var loader = Vigil.Workflows.Screening.IndexLoader.Load(new VigilHome(home.Home));
        var snapshot = new Vigil.Workflows.Screening.IndexSnapshot(loader.Lists.Versions, loader.Screener, DateTimeOffset.UnixEpoch);

        var first = snapshot.For(ListSelection.Parse("un,ofac-sdn"));
        var again = snapshot.For(ListSelection.Parse("OFAC-SDN, un"));

        Assert.Same(first.Screener, again.Screener);
        Assert.NotSame(snapshot.Screener, first.Screener);
        Assert.Equal(["ofac-sdn", "un"], first.Screener.Versions.Select(v => v.Source));
        Assert.Same(snapshot.Screener, snapshot.For(null).Screener);
        Assert.Same(snapshot.Screener, snapshot.For(ListSelection.Parse("ofac-cons,ofac-sdn,un")).Screener);
        Assert.Equal(snapshot.Key, snapshot.For(ListSelection.Parse("ofac-cons,ofac-sdn,un")).Key);
    }

    private static string LiveKey(IReadOnlyList<ListVersion> versions) => Vigil.Workflows.Screening.LiveIndex.KeyOf(versions);
}
