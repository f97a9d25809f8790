using System.Net;
using System.Text.Json;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Reconcile;

/// <summary>
/// The reconciliation service (Reconciliation Service API 0.2) at <c>/api/v1/reconcile</c> on real Kestrel over SDN + UN.
/// The batches below are the protocol's own examples (reconciliation-api/specs, 0.2/examples/reconciliation-query-batch),
/// written in as published; the answers are checked against the rules of 0.2/schemas/reconciliation-result-batch.json.
/// </summary>
[Collection(YenteHomeCollection.Name)]
public sealed class ReconcileTests(YenteHome home)
{
    private static readonly string[] DefaultTypes = ["Organization", "Person", "Vessel"];

    // 0.2/examples/reconciliation-query-batch/valid/example-min.json
    private const string ExampleMin = """
        {
          "q1": {
            "query": "Hans-Eberhard Urbaniak"
          },
          "q2": {
            "query": "Ernst Schwanhold"
          }
        }
        """;

    // 0.2/examples/reconciliation-query-batch/valid/example-full.json
    private const string ExampleFull = """
        {
          "q0": {
            "query": "Christel Hanewinckel",
            "type": "DifferentiatedPerson",
            "limit": 5,
            "properties": [
              {
                "pid": "professionOrOccupation",
                "v": "Politik*"
              },
              {
                "pid": "affiliation",
                "v": "http://d-nb.info/gnd/2022139-3"
              }
            ],
            "type_strict": "should"
          },
          "q1": {
            "query": "Franz Thönnes",
            "type": "DifferentiatedPerson",
            "limit": 5,
            "properties": [
              {
                "pid": "professionOrOccupation",
                "v": "Politik*"
              },
              {
                "pid": "affiliation",
                "v": "http://d-nb.info/gnd/2022139-3"
              }
            ],
            "type_strict": "should"
          }
        }
        """;

    // 0.2/examples/reconciliation-query-batch/valid/multi-values.json
    private const string MultiValues = """
        {
          "q0": {
            "query": "Christel Hanewinckel",
            "type": "DifferentiatedPerson",
            "limit": 5,
            "properties": [
              {
                "pid": "professionOrOccupation",
                "v": [
                  "Politik*",
                  {
                    "id": "wissenschaftler",
                    "name": "Wissenschaftler(in)"
                  }
                ]
              }
            ],
            "type_strict": "should"
          }
        }
        """;

    // 0.2/examples/reconciliation-query-batch/valid/no-query-string.json
    private const string NoQueryString = """
        {
          "q1": {
            "properties": [{"pid":"uid", "v": "27eb892afbb2"}]
          },
          "q2": {
            "properties": [{"pid":"uid", "v": "ab09da9dd37e"}]
          }
        }
        """;

    // 0.2/examples/reconciliation-query-batch/invalid/empty-properties.json
    private const string EmptyProperties = """
        {
          "q1": {
            "properties": []
          }
        }
        """;

    // 0.2/examples/reconciliation-query-batch/invalid/empty-query.json
    private const string EmptyQuery = """
        {
          "q1": {
            "limit": 1
          }
        }
        """;

    // 0.2/examples/reconciliation-query-batch/invalid/misnamed-property.json (its first query)
    private const string MisnamedProperty = """
        {
          "q0": {
            "query": "Christel Hanewinckel",
            "type": "DifferentiatedPerson",
            "limit": 5,
            "props": [
              {
                "pid": "professionOrOccupation",
                "v": "Politik*"
              }
            ],
            "type_strict": "should"
          }
        }
        """;

    private async Task<HttpResponseMessage> PostForm(string batch)
    {
        using var client = home.Client();
        return await client.PostAsync("api/v1/reconcile", new FormUrlEncodedContent([new("queries", batch)]));
    }

    /// <summary>The rules of the 0.2 result-batch schema: an object of query keys, each {"result": [candidates]}, each
    /// candidate with a string id and name, a numeric score, a boolean match, and types of {id, name}.</summary>
    private static void AssertResultBatch(JsonElement body, IEnumerable<string> keys)
    {
        Assert.Equal(JsonValueKind.Object, body.ValueKind);
        Assert.Equal(keys.Order(), body.EnumerateObject().Select(p => p.Name).Order());
        foreach (var entry in body.EnumerateObject())
        {
            var result = entry.Value.GetProperty("result");
            Assert.Equal(JsonValueKind.Array, result.ValueKind);
            var scores = new List<double>();
            foreach (var c in result.EnumerateArray())
            {
                Assert.False(string.IsNullOrEmpty(c.GetProperty("id").GetString()));
                Assert.False(string.IsNullOrEmpty(c.GetProperty("name").GetString()));
                scores.Add(c.GetProperty("score").GetDouble());
                Assert.True(c.GetProperty("match").ValueKind is JsonValueKind.True or JsonValueKind.False);
                Assert.All(c.GetProperty("type").EnumerateArray(), t => { Assert.NotNull(t.GetProperty("id").GetString()); Assert.NotNull(t.GetProperty("name").GetString()); });
                Assert.All(c.GetProperty("features").EnumerateArray(), f => { Assert.NotNull(f.GetProperty("id").GetString()); Assert.Equal(JsonValueKind.Number, f.GetProperty("value").ValueKind); });
            }
            Assert.Equal(scores.OrderDescending(), scores);
        }
    }

    [Fact]
    public async Task The_manifest_declares_version_0_2_spaces_default_types_view_preview_batch_size_and_the_key()
    {
        var m = await home.GetJsonAsync("api/v1/reconcile");
        Assert.Contains("0.2", m.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        Assert.False(string.IsNullOrEmpty(m.GetProperty("name").GetString()));
        Assert.StartsWith("http", m.GetProperty("identifierSpace").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("http", m.GetProperty("schemaSpace").GetString(), StringComparison.Ordinal);
        Assert.Equal(DefaultTypes, m.GetProperty("defaultTypes").EnumerateArray().Select(t => t.GetProperty("id").GetString()).Order());
        Assert.Contains("{{id}}", m.GetProperty("view").GetProperty("url").GetString(), StringComparison.Ordinal);
        var preview = m.GetProperty("preview");
        Assert.Contains("{{id}}", preview.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.True(preview.GetProperty("width").GetInt32() > 0 && preview.GetProperty("height").GetInt32() > 0);
        Assert.Equal(100, m.GetProperty("batchSize").GetInt32());
        Assert.Equal("apiKey", m.GetProperty("authentication").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData(ExampleMin, new[] { "q1", "q2" })]
    [InlineData(ExampleFull, new[] { "q0", "q1" })]
    [InlineData(MultiValues, new[] { "q0" })]
    [InlineData(NoQueryString, new[] { "q1", "q2" })]
    public async Task The_protocols_valid_example_batches_get_a_valid_result_batch_by_post_and_by_get(string batch, string[] keys)
    {
        AssertResultBatch(await YenteHome.JsonAsync(await PostForm(batch)), keys);
        AssertResultBatch(await home.GetJsonAsync("api/v1/reconcile?queries=" + Uri.EscapeDataString(batch)), keys);
    }

    [Theory]
    [InlineData(EmptyProperties, "q1")]
    [InlineData(EmptyQuery, "q1")]
    [InlineData(MisnamedProperty, "q0.props")]
    public async Task The_protocols_invalid_example_batches_get_400_naming_the_query(string batch, string at)
    {
        var problem = await Problem.ReadAsync(await PostForm(batch), HttpStatusCode.BadRequest);
        Assert.StartsWith($"queries: {at}", Problem.Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_query_with_birth_date_and_country_constraints_finds_and_matches_the_listed_person()
    {
        var batch = """
            {"q0": {"query": "Nicolas Maduro Moros", "type": "Person", "limit": 3,
                    "properties": [{"pid": "birthDate", "v": "1962-11-23"}, {"pid": "country", "v": "Venezuela"}]},
             "q1": {"query": "Nicolas Maduro Moros", "type": "Person", "limit": 3,
                    "properties": [{"pid": "birthDate", "v": "1990-01-01"}]}}
            """;
        var body = await YenteHome.JsonAsync(await PostForm(batch));
        var agree = body.GetProperty("q0").GetProperty("result")[0];
        Assert.Equal("ofac-sdn:22790", agree.GetProperty("id").GetString());
        Assert.True(agree.GetProperty("match").GetBoolean());
        Assert.Equal("Person", agree.GetProperty("type")[0].GetProperty("id").GetString());
        Assert.Contains(agree.GetProperty("features").EnumerateArray(), f => f.GetProperty("id").GetString() == "birth_date" && f.GetProperty("value").GetDouble() > 0);
        var conflict = body.GetProperty("q1").GetProperty("result").EnumerateArray().First(c => c.GetProperty("id").GetString() == "ofac-sdn:22790");
        Assert.True(agree.GetProperty("score").GetDouble() > conflict.GetProperty("score").GetDouble());
        Assert.True(body.GetProperty("q0").GetProperty("result").GetArrayLength() <= 3);
    }

    [Fact]
    public async Task Organization_and_vessel_types_restrict_candidates_to_their_kind()
    {
        var batch = """{"o": {"query": "CEIEC", "type": "Organization"}, "v": {"query": "SEA STAR III", "type": ["Vessel"]}}""";
        var body = await YenteHome.JsonAsync(await PostForm(batch));
        Assert.Equal("ofac-sdn:30502", body.GetProperty("o").GetProperty("result")[0].GetProperty("id").GetString());
        var vessel = body.GetProperty("v").GetProperty("result")[0];
        Assert.Equal("ofac-sdn:15076", vessel.GetProperty("id").GetString());
        Assert.Equal("Vessel", vessel.GetProperty("type")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_batch_over_the_manifests_batch_size_gets_413()
    {
        var batch = "{" + string.Join(",", Enumerable.Range(0, 101).Select(i => $"\"q{i}\": {{\"query\": \"CEIEC\"}}")) + "}";
        await Problem.ReadAsync(await PostForm(batch), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task The_preview_is_an_html_page_about_the_entity_that_may_be_framed()
    {
        using var client = home.Client();
        var response = await client.GetAsync("api/v1/reconcile/preview?id=" + Uri.EscapeDataString("ofac-sdn:22790"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("MADURO MOROS, Nicolas", html, StringComparison.Ordinal);
        Assert.Contains("1962-11-23", html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("api/v1/reconcile/preview?id=ofac-sdn:0")).StatusCode);
    }

    [Fact]
    public async Task The_view_link_leads_to_the_entitys_page_in_the_ui()
    {
        var manifest = await home.GetJsonAsync("api/v1/reconcile");
        var url = manifest.GetProperty("view").GetProperty("url").GetString()!.Replace("{{id}}", Uri.EscapeDataString("ofac-sdn:22790"), StringComparison.Ordinal);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/#/entity/ofac-sdn/22790", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Without_a_key_queries_are_refused_but_the_manifest_is_open_as_the_protocol_requires()
    {
        using var client = home.Client(withKey: false);
        var response = await client.PostAsync("api/v1/reconcile", new FormUrlEncodedContent([new("queries", ExampleMin)]));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("api/v1/reconcile?queries=" + Uri.EscapeDataString(ExampleMin))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("api/v1/reconcile/preview?id=ofac-sdn:22790")).StatusCode);

        var manifest = await YenteHome.JsonAsync(await client.GetAsync("api/v1/reconcile"));
        Assert.Contains("0.2", manifest.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
    }
}
