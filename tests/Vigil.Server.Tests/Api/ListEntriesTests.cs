using System.Net;
using System.Text.Json;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Api;

/// <summary><c>GET /api/v1/lists/{source}/entries</c>: a source's active entries in list order, filtered and paged.</summary>
[Collection(LoadedHomeCollection.Name)]
public sealed class ListEntriesTests(LoadedHome home)
{
    private async Task<JsonElement> GetJson(string url)
    {
        using var client = home.Factory.Client(home.Key);
        var response = await client.GetAsync(url);
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    [Fact]
    public async Task The_un_entries_come_a_page_at_a_time_with_the_total_and_the_active_version()
    {
        var first = await GetJson("/api/v1/lists/un/entries?limit=10");
        var second = await GetJson("/api/v1/lists/un/entries?limit=10&offset=10");

        Assert.Equal(1003, first.GetProperty("total").GetInt32());
        Assert.Equal(1, first.GetProperty("list_version").GetInt32());
        Assert.Equal(10, first.GetProperty("entries").GetArrayLength());
        var ids = first.GetProperty("entries").EnumerateArray().Concat(second.GetProperty("entries").EnumerateArray())
            .Select(e => e.GetProperty("source_id").GetString()).ToList();
        Assert.Equal(20, ids.Distinct().Count());
        Assert.Equal(10, second.GetProperty("offset").GetInt32());
    }

    [Fact]
    public async Task A_name_filter_finds_an_entry_by_an_alias_ignoring_case()
    {
        var body = await GetJson("/api/v1/lists/ofac-sdn/entries?name=china%20national%20electronics%20import");

        var entry = Assert.Single(body.GetProperty("entries").EnumerateArray());
        Assert.Equal(("30502", "CEIEC", "organization"),
            (entry.GetProperty("source_id").GetString(), entry.GetProperty("name").GetString(), entry.GetProperty("kind").GetString()));
        Assert.Equal(1, body.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/lists/eu-fsf/entries", HttpStatusCode.NotFound, "eu-fsf has no active version")]
    [InlineData("/api/v1/lists/un/entries?limit=0", HttpStatusCode.BadRequest, "limit")]
    [InlineData("/api/v1/lists/un/entries?offset=-1", HttpStatusCode.BadRequest, "offset")]
    public async Task A_source_without_an_active_version_or_a_bad_page_is_refused_naming_it(string url, HttpStatusCode status, string named)
    {
        using var client = home.Factory.Client(home.Key);
        var problem = await Problem.ReadAsync(await client.GetAsync(url), status);
        Assert.Contains(named, Problem.Detail(problem), StringComparison.Ordinal);
    }
}
