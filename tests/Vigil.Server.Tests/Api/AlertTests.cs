using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.Server.Tests.Support;
using Vigil.Workflows;
using Vigil.Workflows.Audit;

namespace Vigil.Server.Tests.Api;

/// <summary><c>/api/v1/alerts</c> over the loaded home's customer register: list, show, decide, and the errors.</summary>
[Collection(LoadedHomeCollection.Name)]
public sealed class AlertTests(LoadedHome home)
{
    private HttpClient Client() => home.Factory.Client(home.Key);

    private async Task<JsonElement> GetJson(string url)
    {
        using var client = Client();
        var response = await client.GetAsync(url);
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    private async Task<long> AlertOf(string customer, string sourceId)
    {
        var alerts = (await GetJson($"/api/v1/alerts?customer={customer}")).GetProperty("alerts").EnumerateArray();
        return alerts.First(a => a.GetProperty("source_id").GetString() == sourceId).GetProperty("id").GetInt64();
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Open_alerts_list_the_customer_the_listed_entry_and_the_score()
    {
        var body = await GetJson("/api/v1/alerts?state=open");

        var alerts = body.GetProperty("alerts").EnumerateArray().ToList();
        Assert.All(alerts, a => Assert.Equal("open", a.GetProperty("state").GetString()));
        var maduro = Assert.Single(alerts, a => a.GetProperty("customer_id").GetString() == LoadedHome.OpenCustomer && a.GetProperty("source_id").GetString() == "22790");
        Assert.Equal("ofac-sdn", maduro.GetProperty("source").GetString());
        Assert.Equal("Nicolas Maduro Moros", maduro.GetProperty("customer_name").GetString());
        Assert.InRange(maduro.GetProperty("score").GetDouble(), 0.8, 1.0);
        Assert.False(body.GetProperty("truncated").GetBoolean());
        var ids = alerts.Select(a => a.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.Order(), ids);
    }

    [Fact]
    public async Task The_list_is_capped_by_limit_and_says_when_more_match()
    {
        var body = await GetJson("/api/v1/alerts?limit=1");

        Assert.Equal(1, body.GetProperty("alerts").GetArrayLength());
        Assert.True(body.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task One_alert_has_its_explanation_as_aligned_words()
    {
        var id = await AlertOf(LoadedHome.OpenCustomer, "22790");

        var body = await GetJson($"/api/v1/alerts/{id}");

        Assert.Equal(id, body.GetProperty("alert").GetProperty("id").GetInt64());
        var words = body.GetProperty("explanation").GetProperty("words").EnumerateArray().ToList();
        Assert.Contains(words, w => w.GetProperty("listed").GetString() is { } l && l.Contains("maduro", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(JsonValueKind.Array, body.GetProperty("history").ValueKind);
    }

    [Fact]
    public async Task A_false_positive_decision_changes_the_state_records_the_key_name_as_reviewer_and_is_audited()
    {
        var id = await AlertOf(LoadedHome.ApiCustomer, "30502");
        using var client = Client();

        var response = await client.PostAsJsonAsync($"/api/v1/alerts/{id}/decision", new { @as = "false_positive", reason = "a different company, checked the registry" });

        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json);
        var body = JsonDocument.Parse(json).RootElement;
        Assert.Equal("false_positive", body.GetProperty("alert").GetProperty("state").GetString());
        var last = body.GetProperty("history").EnumerateArray().Last();
        Assert.Equal(("false_positive", "tests", "a different company, checked the registry"),
            (last.GetProperty("state").GetString(), last.GetProperty("reviewer").GetString(), last.GetProperty("reason").GetString()));
        var shown = await GetJson($"/api/v1/alerts/{id}");
        Assert.Equal("false_positive", shown.GetProperty("alert").GetProperty("state").GetString());
        var open = (await GetJson($"/api/v1/alerts?state=open&customer={LoadedHome.ApiCustomer}")).GetProperty("alerts");
        Assert.DoesNotContain(open.EnumerateArray(), a => a.GetProperty("id").GetInt64() == id);

        var decided = new AuditTrail(new VigilHome(home.Home)).Export(null, null)
            .Where(e => e.Entry.Action == "alert.decide")
            .Select(e => JsonDocument.Parse(e.Entry.Detail).RootElement)
            .Single(d => d.GetProperty("alert").GetInt64() == id);
        Assert.Equal(("tests", "false_positive"), (decided.GetProperty("reviewer").GetString(), decided.GetProperty("to").GetString()));
    }

    [Theory]
    [InlineData("""{"as":"maybe","reason":"x"}""", "as: ")]
    [InlineData("""{"as":"open","reason":"x"}""", "as: ")]
    [InlineData("""{"reason":"x"}""", "as: empty")]
    [InlineData("""{"as":"escalated","reason":"  "}""", "reason: empty")]
    [InlineData("""{"as":"escalated"}""", "reason: empty")]
    [InlineData("""["escalated"]""", "body: must be a JSON object")]
    public async Task A_bad_decision_gets_400_naming_the_field_and_leaves_the_alert_open(string json, string expected)
    {
        var id = await AlertOf(LoadedHome.OpenCustomer, "22790");
        using var client = Client();

        var problem = await Problem.ReadAsync(await client.PostAsync($"/api/v1/alerts/{id}/decision", Json(json)), HttpStatusCode.BadRequest);

        Assert.StartsWith(expected, Problem.Detail(problem));
        Assert.Equal("open", (await GetJson($"/api/v1/alerts/{id}")).GetProperty("alert").GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("GET", "/api/v1/alerts/999999", HttpStatusCode.NotFound, "999999")]
    [InlineData("POST", "/api/v1/alerts/999999/decision", HttpStatusCode.NotFound, "999999")]
    [InlineData("GET", "/api/v1/alerts/abc", HttpStatusCode.BadRequest, "id: 'abc'")]
    [InlineData("GET", "/api/v1/alerts?state=maybe", HttpStatusCode.BadRequest, "state: 'maybe'")]
    [InlineData("GET", "/api/v1/alerts?limit=0", HttpStatusCode.BadRequest, "limit: ")]
    public async Task Unknown_ids_get_404_and_bad_values_400_naming_them(string method, string url, HttpStatusCode status, string named)
    {
        using var client = Client();
        var response = method == "GET"
            ? await client.GetAsync(url)
            : await client.PostAsync(url, Json("""{"as":"escalated","reason":"x"}"""));

        Assert.Contains(named, Problem.Detail(await Problem.ReadAsync(response, status)));
    }

    [Fact]
    public async Task Without_a_key_alerts_are_401()
    {
        using var client = home.Factory.Client(null);
        await Problem.ReadAsync(await client.GetAsync("/api/v1/alerts"), HttpStatusCode.Unauthorized);
    }
}
