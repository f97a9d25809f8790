using System.Text.Json;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Yente;

/// <summary>The yente dialect is an adapter, not a second scorer: the same query through <c>/match</c> and
/// <c>/api/v1/search</c> gives the same entities in the same order with the same scores.</summary>
[Collection(YenteHomeCollection.Name)]
public sealed class MatchSearchEquivalenceTests(YenteHome home)
{
    [Theory]
    [InlineData("Mohammed Ali", "Person", "person", null, null)]
    [InlineData("Nicolas Maduro", "Person", "person", "1962-11-23", "VE")]
    [InlineData("Nicolas Maduro", "Person", "person", "1990", null)]
    [InlineData("Al-Qaida", "Organization", "organization", null, null)]
    [InlineData("China National Electronics Import Export", "Company", "organization", null, "CN")]
    [InlineData("SEA STAR", "Vessel", "vessel", null, null)]
    [InlineData("Абу Мохаммед", "LegalEntity", null, null, null)]
    public async Task The_same_query_through_match_and_search_gives_the_same_order_and_scores(string name, string schema, string? type, string? birthDate, string? country)
    {
        const double floor = 0.55;
        const int top = 20;
        var search = await home.GetJsonAsync($"api/v1/search?name={Uri.EscapeDataString(name)}&min_score={floor}&top={top}" +
            (type is null ? "" : $"&type={type}") + (birthDate is null ? "" : $"&birth_date={birthDate}") + (country is null ? "" : $"&country={country}"));
        var properties = new Dictionary<string, string> { ["name"] = name };
        if (birthDate is not null) properties["birthDate"] = birthDate;
        if (country is not null) properties["nationality"] = country;
        var body = JsonSerializer.Serialize(new { queries = new { q = new { schema, properties } } });
        var match = await YenteHome.JsonAsync(await home.PostJsonAsync($"api/v1/yente/match/default?limit={top}&threshold={floor}&cutoff={floor}", body));

        var fromSearch = search.GetProperty("matches").EnumerateArray()
            .Select(m => ($"{m.GetProperty("source").GetString()}:{m.GetProperty("source_id").GetString()}", m.GetProperty("score").GetDouble()))
            .Where(m => m.Item2 > floor).ToList();
        var fromMatch = match.GetProperty("responses").GetProperty("q").GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("score").GetDouble())).ToList();
        Assert.NotEmpty(fromSearch);
        Assert.Equal(fromSearch, fromMatch);
    }
}
