using System.Net;
using System.Text.Json;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Api;

[Collection(LoadedHomeCollection.Name)]
public sealed class SearchTests(LoadedHome home)
{
    private async Task<JsonElement> GetJson(string url)
    {
        using var client = home.Factory.Client(home.Key);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Searching_CEIEC_finds_ofac_sdn_30502_first_with_its_explanation()
    {
        var body = await GetJson("/api/v1/search?name=CEIEC&explain=true");
        var first = body.GetProperty("matches")[0];
        Assert.Equal("ofac-sdn", first.GetProperty("source").GetString());
        Assert.Equal("30502", first.GetProperty("source_id").GetString());
        Assert.InRange(first.GetProperty("score").GetDouble(), 0.9, 1.0);
        var explanation = first.GetProperty("explanation");
        Assert.Contains(explanation.GetProperty("words").EnumerateArray(), w => w.GetProperty("listed").GetString() == "ceiec");
        Assert.Contains(explanation.GetProperty("features").EnumerateArray(), f => f.GetProperty("feature").GetString() == "name");
        Assert.Contains("ofac-sdn:", body.GetProperty("list_versions").GetString());
    }

    [Fact]
    public async Task Without_explain_hits_carry_no_explanation()
    {
        var body = await GetJson("/api/v1/search?name=CEIEC");
        Assert.False(body.GetProperty("matches")[0].TryGetProperty("explanation", out _));
    }

    [Fact]
    public async Task Every_hit_names_its_profile_and_spells_its_role_and_kind_in_snake_case()
    {
        var body = await GetJson("/api/v1/search?name=BNC&min_score=0&top=5&explain=true");
        var bnc = body.GetProperty("matches").EnumerateArray().First(m => m.GetProperty("source_id").GetString() == "306");
        Assert.Equal("weak_alias", bnc.GetProperty("name_role").GetString());
        Assert.Equal("weak_alias", bnc.GetProperty("explanation").GetProperty("name_role").GetString());
        Assert.Equal("organization", bnc.GetProperty("kind").GetString());
        Assert.All(body.GetProperty("matches").EnumerateArray(), m => Assert.Equal("default@1", m.GetProperty("profile").GetString()));
    }

    [Fact]
    public async Task A_conflicting_birth_date_ranks_the_same_person_lower_than_an_agreeing_one()
    {
        static double ScoreOf(JsonElement body, string id) =>
            body.GetProperty("matches").EnumerateArray().First(m => m.GetProperty("source_id").GetString() == id).GetProperty("score").GetDouble();
        var agree = await GetJson("/api/v1/search?name=Nicolas%20Maduro&type=person&birth_date=1962-11-23&min_score=0");
        var conflict = await GetJson("/api/v1/search?name=Nicolas%20Maduro&type=person&birth_date=1990&min_score=0");
        Assert.True(ScoreOf(agree, "22790") > ScoreOf(conflict, "22790"));
    }

    [Fact]
    public async Task Top_bounds_the_number_of_hits()
    {
        var body = await GetJson("/api/v1/search?name=Mohammed%20Ali&min_score=0&top=3");
        Assert.InRange(body.GetProperty("matches").GetArrayLength(), 1, 3);
        var scores = body.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Theory]
    [InlineData("/api/v1/search?name=X&birth_date=19x", "birth_date")]
    [InlineData("/api/v1/search?name=", "name")]
    [InlineData("/api/v1/search?name=X&type=planet", "type")]
    [InlineData("/api/v1/search?name=X&top=abc", "top")]
    [InlineData("/api/v1/search?name=X&top=1000", "top")]
    [InlineData("/api/v1/search?name=X&min_score=1.5", "min_score")]
    [InlineData("/api/v1/search?name=X&explain=maybe", "explain")]
    public async Task A_bad_query_value_gets_400_problem_naming_the_field(string url, string field)
    {
        using var client = home.Factory.Client(home.Key);
        var problem = await Problem.ReadAsync(await client.GetAsync(url), HttpStatusCode.BadRequest);
        Assert.StartsWith(field + ":", Problem.Detail(problem));
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }
}
