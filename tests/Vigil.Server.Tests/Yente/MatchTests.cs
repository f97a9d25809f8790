using System.Net;
using System.Text.Json;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Yente;

/// <summary><c>POST /api/v1/yente/match/{dataset}</c> against real Kestrel over SDN 2021-07 + UN: the shapes and rules of
/// yente's matching API, written from its published API documentation (routers/match.py, data/common.py).</summary>
[Collection(YenteHomeCollection.Name)]
public sealed class MatchTests(YenteHome home)
{
    private const string Maduro = """{"schema": "Person", "properties": {"name": ["Nicolas Maduro Moros"], "birthDate": "1962-11-23", "nationality": ["ve"]}}""";

    private async Task<(HttpResponseMessage Response, JsonElement Body)> Match(string query, string body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await home.PostJsonAsync("api/v1/yente/match/" + query, body);
        return (response, await YenteHome.JsonAsync(response, expected));
    }

    private static string Batch(params (string Key, string Example)[] queries) =>
        "{\"queries\": {" + string.Join(", ", queries.Select(q => $"\"{q.Key}\": {q.Example}")) + "}}";

    private static string Person(string name) => JsonSerializer.Serialize(new { schema = "Person", properties = new { name } });

    private static List<(string Id, double Score)> Results(JsonElement body, string key) =>
        [.. body.GetProperty("responses").GetProperty(key).GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("score").GetDouble()))];

    [Fact]
    public async Task A_batch_is_answered_per_key_with_FollowTheMoney_entities_scores_explanations_and_the_batch_size_header()
    {
        var (response, body) = await Match("default", Batch(("cust-1", Maduro), ("cust-2", """{"schema": "Company", "properties": {"name": "CEIEC", "jurisdiction": "cn"}}""")));

        Assert.Equal("2", response.Headers.GetValues("x-batch-size").Single());
        Assert.Equal(5, body.GetProperty("limit").GetInt32());
        var maduro = body.GetProperty("responses").GetProperty("cust-1");
        Assert.Equal(200, maduro.GetProperty("status").GetInt32());
        var first = maduro.GetProperty("results")[0];
        Assert.Equal("ofac-sdn:22790", first.GetProperty("id").GetString());
        Assert.Equal("MADURO MOROS, Nicolas", first.GetProperty("caption").GetString());
        Assert.Equal("Person", first.GetProperty("schema").GetString());
        var props = first.GetProperty("properties");
        Assert.Contains("1962-11-23", props.GetProperty("birthDate").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains("ve", props.GetProperty("citizenship").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains("VENEZUELA", props.GetProperty("programId").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["sanction"], props.GetProperty("topics").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["ofac-sdn"], first.GetProperty("datasets").EnumerateArray().Select(v => v.GetString()));
        Assert.True(first.GetProperty("target").GetBoolean());
        foreach (var field in new[] { "referents", "first_seen", "last_seen", "last_change" }) Assert.True(first.TryGetProperty(field, out _), field);
        Assert.True(first.GetProperty("match").GetBoolean());
        Assert.InRange(first.GetProperty("score").GetDouble(), 0.95, 1.0);
        var name = first.GetProperty("explanations").GetProperty("name");
        Assert.True(name.GetProperty("score").GetDouble() > 0.9);
        Assert.Equal("Nicolas Maduro Moros", name.GetProperty("query").GetString());
        Assert.Equal("exact", first.GetProperty("explanations").GetProperty("birth_date").GetProperty("detail").GetString());
        Assert.Equal(name.GetProperty("score").GetDouble(), first.GetProperty("features").GetProperty("name").GetDouble());
        Assert.Equal("eq", maduro.GetProperty("total").GetProperty("relation").GetString());
        Assert.True(maduro.GetProperty("total").GetProperty("value").GetInt32() >= 1);
        Assert.Equal("Person", maduro.GetProperty("query").GetProperty("schema").GetString());
        Assert.Equal("ofac-sdn:30502", body.GetProperty("responses").GetProperty("cust-2").GetProperty("results")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_party_listed_by_OFAC_and_the_UN_comes_back_as_two_listings_each_naming_the_other_among_its_referents()
    {
        var (_, body) = await Match("default", Batch(("q", """{"schema": "Person", "properties": {"name": ["Ayman al-Zawahiri"], "birthDate": ["1951-06-19"]}}""")));
        var results = body.GetProperty("responses").GetProperty("q").GetProperty("results").EnumerateArray().ToList();
        var sdn = results.First(r => r.GetProperty("id").GetString()!.StartsWith("ofac-sdn:", StringComparison.Ordinal));
        var un = results.First(r => r.GetProperty("id").GetString()!.StartsWith("un:", StringComparison.Ordinal));
        var sdnReferents = sdn.GetProperty("referents").EnumerateArray().Select(v => v.GetString()).ToList();
        var unReferents = un.GetProperty("referents").EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.Contains(un.GetProperty("id").GetString(), sdnReferents);
        Assert.Contains(sdn.GetProperty("id").GetString(), unReferents);
        // /entities renders the same grouping.
        var entity = await home.GetJsonAsync("api/v1/yente/entities/" + sdn.GetProperty("id").GetString());
        Assert.Contains(un.GetProperty("id").GetString(), entity.GetProperty("referents").EnumerateArray().Select(v => v.GetString()));
    }

    /// <summary>The example of yente's <c>/match</c> documentation (routers/match.py), sent as published.</summary>
    [Fact]
    public async Task The_documented_example_batch_is_answered_for_each_of_its_keys()
    {
        const string documented = """
            {"queries": {
                "entity1": {"schema": "Person", "properties": {"name": ["John Doe"], "birthDate": ["1975-04-21"], "nationality": ["us"]}},
                "entity2": {"schema": "Company", "properties": {"name": ["Brilliant Amazing Limited"], "jurisdiction": ["hk"], "registrationNumber": ["84BA99810"]}}
            }}
            """;
        var (response, body) = await Match("default", documented);
        Assert.Equal("2", response.Headers.GetValues("x-batch-size").Single());
        Assert.Equal(["entity1", "entity2"], body.GetProperty("responses").EnumerateObject().Select(p => p.Name));
        foreach (var r in body.GetProperty("responses").EnumerateObject())
        {
            Assert.Equal(ResponseFields, r.Value.EnumerateObject().Select(p => p.Name).Order());
            Assert.Equal(JsonValueKind.Array, r.Value.GetProperty("results").ValueKind);
            Assert.All(r.Value.GetProperty("results").EnumerateArray(), x => Assert.False(x.GetProperty("match").GetBoolean()));
        }
        var echo = body.GetProperty("responses").GetProperty("entity2").GetProperty("query");
        Assert.Equal("Company", echo.GetProperty("schema").GetString());
        Assert.Equal("84BA99810", echo.GetProperty("properties").GetProperty("registrationNumber")[0].GetString());
    }

    [Fact]
    public async Task A_result_carries_exactly_yentes_entity_fields_plus_score_match_explanations_and_features()
    {
        var (_, body) = await Match("default", Batch(("k", Maduro)));
        var first = body.GetProperty("responses").GetProperty("k").GetProperty("results")[0];
        Assert.Equal(ResultFields, first.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(["limit", "responses"], body.EnumerateObject().Select(p => p.Name).Order());
    }

    private static readonly string[] ResponseFields = ["query", "results", "status", "total"];

    private static readonly string[] ResultFields =
        [.. new[] { "id", "caption", "schema", "properties", "datasets", "referents", "target", "first_seen", "last_seen", "last_change",
                    "score", "match", "explanations", "features" }.Order()];

    [Fact]
    public async Task The_query_echo_keeps_the_callers_id_and_drops_unknown_properties()
    {
        var (_, body) = await Match("default", Batch(("k", """{"id": "my-entity-id", "schema": "Person", "properties": {"name": "Nicolas Maduro", "favouriteColour": "red"}}""")));
        var echo = body.GetProperty("responses").GetProperty("k").GetProperty("query");
        Assert.Equal("my-entity-id", echo.GetProperty("id").GetString());
        Assert.False(echo.GetProperty("properties").TryGetProperty("favouriteColour", out _));
        Assert.Equal("ofac-sdn:22790", Results(body, "k")[0].Id);
    }

    [Fact]
    public async Task Without_a_name_one_is_built_from_the_name_parts()
    {
        var (_, body) = await Match("default", Batch(("k", """{"schema": "Person", "properties": {"firstName": "Nicolas", "lastName": ["Maduro Moros"]}}""")));
        var echo = body.GetProperty("responses").GetProperty("k").GetProperty("query");
        Assert.Equal("Nicolas Maduro Moros", echo.GetProperty("properties").GetProperty("name")[0].GetString());
        Assert.Equal("ofac-sdn:22790", Results(body, "k")[0].Id);
    }

    [Fact]
    public async Task Results_are_sorted_by_score_cut_to_the_limit_and_none_is_at_or_below_the_cutoff()
    {
        var (_, body) = await Match("default?limit=4&threshold=0.95&cutoff=0.6", Batch(("k", Person("Mohammed Ali"))));
        var results = Results(body, "k");
        Assert.Equal(4, body.GetProperty("limit").GetInt32());
        Assert.InRange(results.Count, 1, 4);
        Assert.Equal(results.OrderByDescending(r => r.Score).Select(r => r.Score), results.Select(r => r.Score));
        Assert.All(results, r => Assert.True(r.Score > 0.6));
        var all = Results((await Match("default?limit=500&threshold=0.95&cutoff=0.6", Batch(("k", Person("Mohammed Ali"))))).Body, "k");
        Assert.Equal(all.Take(4), results);
        Assert.True(all.Count > 4, "the query has more results than the limit");
    }

    [Fact]
    public async Task Match_is_score_at_or_above_threshold_and_total_counts_the_matches_beyond_the_limit()
    {
        var (_, limited) = await Match("default?limit=2&threshold=0.7", Batch(("k", Person("Mohammed Ali"))));
        var (_, wide) = await Match("default?limit=500&threshold=0.7", Batch(("k", Person("Mohammed Ali"))));
        var total = limited.GetProperty("responses").GetProperty("k").GetProperty("total").GetProperty("value").GetInt32();
        var matches = wide.GetProperty("responses").GetProperty("k").GetProperty("results").EnumerateArray().Count(r => r.GetProperty("match").GetBoolean());
        Assert.Equal(2, Results(limited, "k").Count);
        Assert.True(total > 2);
        Assert.Equal(matches, total);

        var (_, lowCutoff) = await Match("default?limit=50&threshold=0.95&cutoff=0.5", Batch(("k", Person("Mohammed Ali"))));
        var response = lowCutoff.GetProperty("responses").GetProperty("k");
        foreach (var r in response.GetProperty("results").EnumerateArray())
            Assert.Equal(r.GetProperty("score").GetDouble() >= 0.95, r.GetProperty("match").GetBoolean());
        Assert.Equal(response.GetProperty("results").EnumerateArray().Count(r => r.GetProperty("match").GetBoolean()),
            response.GetProperty("total").GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task The_default_threshold_is_the_profiles_alert_threshold_and_the_cutoff_never_exceeds_it()
    {
        var (_, body) = await Match("default?limit=50&cutoff=0.99", Batch(("k", Person("Mohammed Ali"))));
        var results = body.GetProperty("responses").GetProperty("k").GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, r => r.GetProperty("score").GetDouble() < 0.99);
        Assert.All(results, r => Assert.True(r.GetProperty("score").GetDouble() > 0.80));
        Assert.All(results, r => Assert.True(r.GetProperty("match").GetBoolean()));
    }

    [Fact]
    public async Task A_dataset_in_the_path_or_include_and_exclude_dataset_narrow_the_sources()
    {
        var alQaida = Batch(("k", """{"schema": "Organization", "properties": {"name": "Al-Qaida"}}"""));
        static IEnumerable<string> Sources(JsonElement body) => Results(body, "k").Select(r => r.Id.Split(':')[0]).Distinct();
        Assert.Equal(["ofac-sdn", "un"], Sources((await Match("default?limit=20", alQaida)).Body).Order());
        Assert.Equal(["ofac-sdn", "un"], Sources((await Match("sanctions?limit=20", alQaida)).Body).Order());
        Assert.Equal(["un"], Sources((await Match("un?limit=20", alQaida)).Body));
        Assert.Equal(["un"], Sources((await Match("default?limit=20&include_dataset=un", alQaida)).Body));
        Assert.Equal(["ofac-sdn"], Sources((await Match("default?limit=20&exclude_dataset=un", alQaida)).Body));
        Assert.Equal(["ofac-sdn", "un"], Sources((await Match("default?limit=20&include_dataset=un&include_dataset=ofac-sdn", alQaida)).Body).Order());
    }

    [Fact]
    public async Task Excluded_entity_ids_never_come_back_whether_given_for_the_request_or_for_one_query()
    {
        var (_, all) = await Match("default", Batch(("k", Maduro)));
        Assert.Equal("ofac-sdn:22790", Results(all, "k")[0].Id);
        var (_, request) = await Match("default?exclude_entity_ids=ofac-sdn:22790", Batch(("k", Maduro)));
        Assert.DoesNotContain(Results(request, "k"), r => r.Id == "ofac-sdn:22790");

        var perQuery = """{"schema": "Person", "properties": {"name": "Nicolas Maduro Moros"}, "exclude_entity_ids": ["ofac-sdn:22790"]}""";
        var (_, both) = await Match("default", Batch(("excluded", perQuery), ("plain", Maduro)));
        Assert.DoesNotContain(Results(both, "excluded"), r => r.Id == "ofac-sdn:22790");
        Assert.Equal("ofac-sdn:22790", Results(both, "plain")[0].Id);
    }

    [Fact]
    public async Task Changed_since_keeps_only_entities_the_list_changed_on_or_after_that_date()
    {
        var (_, body) = await Match("default?limit=50&threshold=0.6&changed_since=2014-01-01", Batch(("k", Person("Mohammed"))));
        var results = body.GetProperty("responses").GetProperty("k").GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(string.CompareOrdinal(r.GetProperty("last_change").GetString(), "2014-01-01") >= 0));
    }

    [Theory]
    [InlineData("logic-v2")]
    [InlineData("logic-v1")]
    [InlineData("name-qualified")]
    [InlineData("regression-v1")]
    [InlineData("ofac-249")]
    [InlineData("best")]
    [InlineData("LOGIC-V2")]
    public async Task Every_yente_algorithm_name_is_accepted_and_scores_with_the_full_profile(string algorithm)
    {
        var (_, body) = await Match($"default?algorithm={algorithm}", Batch(("k", Maduro)));
        var (_, best) = await Match("default", Batch(("k", Maduro)));
        Assert.Equal(Results(best, "k"), Results(body, "k"));
    }

    [Fact]
    public async Task Name_based_ignores_the_birth_date_that_the_full_profile_holds_against_a_candidate()
    {
        var conflicting = """{"schema": "Person", "properties": {"name": "Nicolas Maduro Moros", "birthDate": "1990-01-01"}}""";
        var nameOnly = """{"schema": "Person", "properties": {"name": "Nicolas Maduro Moros"}}""";
        static double Score(JsonElement body) => Results(body, "k").First(r => r.Id == "ofac-sdn:22790").Score;
        var full = Score((await Match("default?algorithm=logic-v2&threshold=0.5", Batch(("k", conflicting)))).Body);
        var nameBased = Score((await Match("default?algorithm=name-based&threshold=0.5", Batch(("k", conflicting)))).Body);
        var plain = Score((await Match("default?threshold=0.5", Batch(("k", nameOnly)))).Body);
        Assert.True(nameBased > full);
        Assert.Equal(plain, nameBased);
    }

    [Fact]
    public async Task An_identifier_alone_finds_its_entity()
    {
        var (_, body) = await Match("default", Batch(("k", """{"schema": "Company", "properties": {"registrationNumber": "9111000010000106X1"}}""")));
        Assert.Equal("ofac-sdn:30502", Results(body, "k")[0].Id);
    }

    [Fact]
    public async Task A_null_query_is_skipped_and_a_list_value_screens_every_name()
    {
        var (response, body) = await Match("default", """{"queries": {"gone": null, "k": {"schema": "LegalEntity", "properties": {"name": ["Xqzvbn Wrtplk", "CEIEC"]}}}}""");
        Assert.Equal("1", response.Headers.GetValues("x-batch-size").Single());
        Assert.False(body.GetProperty("responses").TryGetProperty("gone", out _));
        Assert.Equal("ofac-sdn:30502", Results(body, "k")[0].Id);
    }

    [Fact]
    public async Task More_than_100_queries_get_400_in_yentes_words()
    {
        var batch = Batch([.. Enumerable.Range(0, 101).Select(i => ($"q{i}", Person("Nicolas Maduro")))]);
        var (_, body) = await Match("default", batch, HttpStatusCode.BadRequest);
        Assert.Equal("Too many queries in one batch (limit: 100)", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Exactly_100_queries_are_answered()
    {
        var (response, body) = await Match("default", Batch([.. Enumerable.Range(0, 100).Select(i => ($"q{i}", Person("Nicolas Maduro")))]));
        Assert.Equal("100", response.Headers.GetValues("x-batch-size").Single());
        Assert.Equal(100, body.GetProperty("responses").EnumerateObject().Count());
    }

    [Theory]
    [InlineData("default", """{"queries": {}}""", "No queries provided.")]
    [InlineData("default", """{"queries": {"k": {"schema": "Planet", "properties": {"name": "Mars"}}}}""", "Cannot parse example entity: Unknown schema: 'Planet'")]
    [InlineData("default", """{"queries": {"k": {"schema": "Person", "properties": {"name": "X"}}}, "config": {"nm_number_mismatch": 0.4}}""", "Invalid configuration parameter: nm_number_mismatch for algorithm logic-v2")]
    [InlineData("default?algorithm=magic", """{"queries": {"k": {"schema": "Person", "properties": {"name": "X"}}}}""", "Invalid algorithm: magic")]
    public async Task Refused_batches_get_400_with_yentes_detail(string query, string body, string detail)
    {
        var (_, error) = await Match(query, body, HttpStatusCode.BadRequest);
        Assert.Equal(detail, error.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_dataset_gets_404()
    {
        var (_, error) = await Match("no-such-list", Batch(("k", Maduro)), HttpStatusCode.NotFound);
        Assert.Equal("No such dataset.", error.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("default?limit=501", "limit")]
    [InlineData("default?limit=many", "limit")]
    [InlineData("default?threshold=high", "threshold")]
    [InlineData("default?changed_since=yesterday", "changed_since")]
    public async Task A_query_parameter_out_of_its_declaration_gets_422_naming_it(string query, string parameter)
    {
        var (_, error) = await Match(query, Batch(("k", Maduro)), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["query", parameter], error.GetProperty("detail")[0].GetProperty("loc").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task More_than_50_excluded_ids_get_422()
    {
        var ids = string.Join("&", Enumerable.Range(0, 51).Select(i => $"exclude_entity_ids=x{i}"));
        var (_, error) = await Match("default?" + ids, Batch(("k", Maduro)), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("too_long", error.GetProperty("detail")[0].GetProperty("type").GetString());
        await Match("default?" + string.Join("&", Enumerable.Range(0, 50).Select(i => $"exclude_entity_ids=x{i}")), Batch(("k", Maduro)));
    }

    [Fact]
    public async Task A_query_without_schema_gets_422_naming_its_key()
    {
        var (_, error) = await Match("default", """{"queries": {"k": {"properties": {"name": "X"}}}}""", HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["body", "queries", "k", "schema"], error.GetProperty("detail")[0].GetProperty("loc").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task Without_a_key_match_is_refused_as_every_api_call()
    {
        using var client = home.Client(withKey: false);
        var response = await client.PostAsync("api/v1/yente/match/default", new StringContent(Batch(("k", Maduro)), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
