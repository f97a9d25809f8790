using System.Net;
using System.Text.Json;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Api;

[Collection(LoadedHomeCollection.Name)]
public sealed class EntityAndListTests(LoadedHome home)
{
    private async Task<JsonElement> GetJson(string url)
    {
        using var client = home.Factory.Client(home.Key);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Entity_30502_has_its_names_identifiers_addresses_programs_remarks_and_list_version()
    {
        var body = await GetJson("/api/v1/entities/ofac-sdn/30502");
        var entity = body.GetProperty("entity");
        var names = entity.GetProperty("names").EnumerateArray().Select(n => n.GetProperty("full").GetString()).ToList();
        Assert.Equal("CEIEC", names[0]);
        Assert.Contains("CHINA NATIONAL ELECTRONICS IMPORT AND EXPORT CORPORATION", names);
        Assert.Contains(entity.GetProperty("identifiers").EnumerateArray(), i => i.GetProperty("number").GetString() == "16382287");
        Assert.True(entity.GetProperty("addresses").GetArrayLength() >= 1);
        Assert.Contains("VENEZUELA", entity.GetProperty("programs").EnumerateArray().Select(p => p.GetString()));
        Assert.False(string.IsNullOrEmpty(entity.GetProperty("remarks").GetString()));
        var version = body.GetProperty("list_version");
        Assert.Equal("ofac-sdn", version.GetProperty("source").GetString());
        Assert.True(version.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task A_UN_entry_is_found_by_its_reference_number()
    {
        var body = await GetJson("/api/v1/entities/un/QDi.001");
        Assert.Equal("QDi.001", body.GetProperty("entity").GetProperty("source_id").GetString());
    }

    [Theory]
    [InlineData("/api/v1/entities/ofac-sdn/99999999", "99999999")]
    [InlineData("/api/v1/entities/no-such-list/1", "no-such-list")]
    public async Task An_unknown_entry_or_source_gets_404_naming_it(string url, string named)
    {
        using var client = home.Factory.Client(home.Key);
        Assert.Contains(named, Problem.Detail(await Problem.ReadAsync(await client.GetAsync(url), HttpStatusCode.NotFound)));
    }

    [Fact]
    public async Task Lists_show_each_active_version_with_its_counts()
    {
        var lists = await GetJson("/api/v1/lists");
        var sdn = lists.EnumerateArray().Single(v => v.GetProperty("source").GetString() == "ofac-sdn");
        Assert.Equal(8976, sdn.GetProperty("counts").GetProperty("total").GetInt32());
        Assert.Equal(["ofac-cons", "ofac-sdn", "un"], lists.EnumerateArray().Select(v => v.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Versions_are_newest_first_and_the_diff_shows_the_added_entry()
    {
        var versions = await GetJson("/api/v1/lists/ofac-cons/versions");
        Assert.Equal(2, versions.GetArrayLength());
        Assert.True(versions[0].GetProperty("active").GetBoolean());
        Assert.True(versions[0].GetProperty("id").GetInt64() > versions[1].GetProperty("id").GetInt64());

        var diff = await GetJson("/api/v1/lists/ofac-cons/diff");
        Assert.Equal(1, diff.GetProperty("summary").GetProperty("added").GetInt32());
        Assert.Equal("900003", diff.GetProperty("added")[0].GetProperty("source_id").GetString());
        Assert.Equal(versions[1].GetProperty("id").GetInt64(), diff.GetProperty("from").GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("/api/v1/lists/ofac-cons/diff?from=abc", HttpStatusCode.BadRequest, "from:")]
    [InlineData("/api/v1/lists/ofac-cons/diff?from=99999", HttpStatusCode.NotFound, "99999")]
    [InlineData("/api/v1/lists/nowhere/versions", HttpStatusCode.NotFound, "nowhere")]
    public async Task A_bad_diff_or_source_names_what_is_wrong(string url, HttpStatusCode status, string named)
    {
        using var client = home.Factory.Client(home.Key);
        Assert.Contains(named, Problem.Detail(await Problem.ReadAsync(await client.GetAsync(url), status)));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_endpoint()
    {
        using var client = home.Factory.Client(null);
        var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var path in (string[])["/api/v1/search", "/api/v1/screen", "/api/v1/compare", "/api/v1/entities/{source}/{id}",
                     "/api/v1/lists", "/api/v1/lists/{source}/versions", "/api/v1/lists/{source}/diff", "/api/v1/screen/text",
                     "/api/v1/alerts", "/api/v1/alerts/{id}", "/api/v1/alerts/{id}/decision", "/healthz", "/readyz"])
            Assert.Contains(path, paths);
        var screen = doc.GetProperty("paths").GetProperty("/api/v1/screen").GetProperty("post");
        var statuses = screen.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
        foreach (var status in (string[])["200", "400", "401", "403", "413", "503"]) Assert.Contains(status, statuses);
        Assert.Equal("array", screen.GetProperty("requestBody").GetProperty("content").GetProperty("application/json")
            .GetProperty("schema").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Readyz_names_the_list_versions_in_the_index()
    {
        using var client = home.Factory.Client(null);
        var ready = JsonDocument.Parse(await client.GetStringAsync("/readyz")).RootElement;
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Contains("ofac-sdn:", ready.GetProperty("list_versions").GetString());
        Assert.True(ready.GetProperty("entities").GetInt32() > 9000);
    }
}
