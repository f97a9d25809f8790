using System.Net;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Yente;

/// <summary>yente's other routes under <c>/api/v1/yente</c>: algorithms, entities, search, catalog and the probes, in
/// yente's shapes; Vigil's own probes keep theirs.</summary>
[Collection(YenteHomeCollection.Name)]
public sealed class YenteEndpointTests(YenteHome home)
{
    private static readonly string[] AllDatasets = ["default", "ofac-sdn", "sanctions", "un"];
    private static readonly string[] Sources = ["ofac-sdn", "un"];

    [Fact]
    public async Task Algorithms_lists_yentes_names_with_best_and_default_and_the_vigil_profile_each_runs()
    {
        var body = await home.GetJsonAsync("api/v1/yente/algorithms");
        var names = body.GetProperty("algorithms").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "logic-v2", "logic-v1", "name-based", "name-qualified", "regression-v1" }, names.ToHashSet());
        Assert.Equal("logic-v2", body.GetProperty("best").GetString());
        Assert.Equal("best", body.GetProperty("default").GetString());
        var logic = body.GetProperty("algorithms").EnumerateArray().First(a => a.GetProperty("name").GetString() == "logic-v2");
        Assert.Equal("default@1", logic.GetProperty("vigil_profile").GetString());
        Assert.True(logic.GetProperty("features").TryGetProperty("birth_date", out var feature));
        Assert.False(string.IsNullOrEmpty(feature.GetProperty("description").GetString()));
        Assert.True(logic.GetProperty("docs").TryGetProperty("features", out _));
    }

    [Fact]
    public async Task An_entity_comes_back_in_FollowTheMoney_form_by_its_id_and_an_unknown_one_gets_404()
    {
        var e = await home.GetJsonAsync("api/v1/yente/entities/ofac-sdn:30502");
        Assert.Equal("ofac-sdn:30502", e.GetProperty("id").GetString());
        Assert.Equal("CEIEC", e.GetProperty("caption").GetString());
        Assert.Equal("Organization", e.GetProperty("schema").GetString());
        Assert.Contains("9111000010000106X1", e.GetProperty("properties").GetProperty("registrationNumber").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains("CHINA NATIONAL ELECTRONICS IMPORT AND EXPORT CORPORATION", e.GetProperty("properties").GetProperty("alias").EnumerateArray().Select(v => v.GetString()));

        var un = await home.GetJsonAsync("api/v1/yente/entities/un:QDe.004");
        Assert.Equal("2001-10-06T00:00:00", un.GetProperty("first_seen").GetString());

        var missing = await home.GetJsonAsync("api/v1/yente/entities/ofac-sdn:99999999", HttpStatusCode.NotFound);
        Assert.Equal("No such entity!", missing.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Search_finds_entities_by_text_in_yentes_result_shape()
    {
        var body = await home.GetJsonAsync("api/v1/yente/search/default?q=CEIEC&limit=3");
        Assert.Equal("ofac-sdn:30502", body.GetProperty("results")[0].GetProperty("id").GetString());
        Assert.Equal(3, body.GetProperty("limit").GetInt32());
        Assert.Equal(0, body.GetProperty("offset").GetInt32());
        Assert.True(body.GetProperty("total").GetProperty("value").GetInt32() >= 1);
        Assert.True(body.GetProperty("facets").TryGetProperty("datasets", out _));

        var persons = await home.GetJsonAsync("api/v1/yente/search/un?q=Mohammed&schema=Person");
        Assert.NotEmpty(persons.GetProperty("results").EnumerateArray());
        Assert.All(persons.GetProperty("results").EnumerateArray(), r =>
        {
            Assert.Equal("Person", r.GetProperty("schema").GetString());
            Assert.StartsWith("un:", r.GetProperty("id").GetString(), StringComparison.Ordinal);
        });
        Assert.Equal("Invalid schema", (await home.GetJsonAsync("api/v1/yente/search/default?q=x&schema=Planet", HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
        await home.GetJsonAsync("api/v1/yente/search/nope?q=x", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_catalog_lists_each_source_and_the_default_and_sanctions_collections()
    {
        var body = await home.GetJsonAsync("api/v1/yente/catalog");
        var datasets = body.GetProperty("datasets").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        Assert.Equal(AllDatasets, datasets.Keys.Order());
        Assert.Equal(Sources, datasets["default"].GetProperty("children").EnumerateArray().Select(c => c.GetString()).Order());
        Assert.True(datasets["un"].GetProperty("entity_count").GetInt32() > 500);
        Assert.Contains("un", body.GetProperty("current").EnumerateArray().Select(c => c.GetString()));
        Assert.False(body.GetProperty("index_stale").GetBoolean());
    }

    [Fact]
    public async Task Yentes_probes_answer_status_ok_and_vigils_own_probes_keep_their_shape()
    {
        Assert.Equal("ok", (await home.GetJsonAsync("api/v1/yente/healthz")).GetProperty("status").GetString());
        Assert.Equal("ok", (await home.GetJsonAsync("api/v1/yente/readyz")).GetProperty("status").GetString());
        Assert.Equal("up", (await home.GetJsonAsync("healthz")).GetProperty("status").GetString());
        Assert.Equal("ready", (await home.GetJsonAsync("readyz")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_yente_and_reconciliation_routes()
    {
        using var client = home.Client(withKey: false);
        var doc = await YenteHome.JsonAsync(await client.GetAsync("openapi/v1.json"));
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/yente/match/{dataset}", "/api/v1/yente/search/{dataset}", "/api/v1/yente/entities/{id}", "/api/v1/yente/algorithms",
                                     "/api/v1/yente/catalog", "/api/v1/reconcile", "/api/v1/reconcile/preview" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        Assert.True(paths.GetProperty("/api/v1/yente/match/{dataset}").GetProperty("post").GetProperty("responses").TryGetProperty("422", out _));
    }
}
