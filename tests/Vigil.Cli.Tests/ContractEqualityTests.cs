using System.Text.Json.Nodes;
using Vigil.Cli.Tests.Support;

namespace Vigil.Cli.Tests;

/// <summary>The CLI and the HTTP API write one contract: the real <c>vigil</c> process and a real <c>vigil serve</c> on the
/// same VIGIL_HOME answer the same query with the same JSON document (after parsing: the server escapes HTML characters).</summary>
[Collection(LoadedListsCollection.Name)]
public sealed class ContractEqualityTests(LoadedHomes homes)
{
    public static TheoryData<string[], string> Searches => new()
    {
        { ["CEIEC"], "name=CEIEC" },
        { ["Nicolas Maduro", "--type", "person", "--birth-date", "1962-11-23", "--country", "VE", "--explain"],
          "name=Nicolas%20Maduro&type=person&birth_date=1962-11-23&country=VE&explain=true" },
        // A weak alias (SDN 306 "BNC"): the role is spelled weak_alias in the hit and in its explanation on both sides.
        { ["BNC", "--min-score", "0", "--top", "5", "--explain"], "name=BNC&min_score=0&top=5&explain=true" },
        { ["Усама бен Ладен", "--min-score", "0.5"], "name=%D0%A3%D1%81%D0%B0%D0%BC%D0%B0%20%D0%B1%D0%B5%D0%BD%20%D0%9B%D0%B0%D0%B4%D0%B5%D0%BD&min_score=0.5" },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task Search_json_and_the_search_endpoint_return_the_same_document(string[] cliArgs, string apiQuery)
    {
        await using var server = await ServedVigil.StartAsync(homes.Current, "--no-auth");
        using var client = new HttpClient { BaseAddress = server.Address };
        await WaitReadyAsync(client);

        var cli = VigilRunner.Run(homes.Current, ["search", .. cliArgs, "--json"]);
        var api = await client.GetStringAsync($"api/v1/search?{apiQuery}");

        Assert.True(cli.ExitCode == 0, cli.ToString());
        var fromCli = JsonNode.Parse(cli.Stdout)!;
        var fromApi = JsonNode.Parse(api)!;
        Assert.NotEmpty(fromCli["matches"]!.AsArray());
        Assert.True(JsonNode.DeepEquals(fromCli, fromApi), $"vigil search {string.Join(' ', cliArgs)} --json:\n{fromCli}\nGET /api/v1/search?{apiQuery}:\n{fromApi}");
        foreach (var hit in fromCli["matches"]!.AsArray())
        {
            Assert.Matches("^[a-z_]+$", hit!["name_role"]!.GetValue<string>());
            Assert.Equal("default@1", hit["profile"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Entity_json_and_the_entity_endpoint_return_the_same_document()
    {
        await using var server = await ServedVigil.StartAsync(homes.Current, "--no-auth");
        using var client = new HttpClient { BaseAddress = server.Address };

        var cli = VigilRunner.Run(homes.Current, "entity", "ofac-sdn:30502", "--json");
        var api = await client.GetStringAsync("api/v1/entities/ofac-sdn/30502");

        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cli.Stdout), JsonNode.Parse(api)), $"CLI:\n{cli.Stdout}\nAPI:\n{api}");
    }

    [Fact]
    public async Task A_weak_alias_hit_is_weak_alias_in_the_search_table_json_and_api_alike()
    {
        await using var server = await ServedVigil.StartAsync(homes.Current, "--no-auth");
        using var client = new HttpClient { BaseAddress = server.Address };
        await WaitReadyAsync(client);

        var api = JsonNode.Parse(await client.GetStringAsync("api/v1/search?name=BNC&min_score=0&top=5&explain=true"))!;
        var bnc = api["matches"]!.AsArray().First(h => h!["source_id"]!.GetValue<string>() == "306")!;

        Assert.Equal("weak_alias", bnc["name_role"]!.GetValue<string>());
        Assert.Equal("weak_alias", bnc["explanation"]!["name_role"]!.GetValue<string>());
    }

    private static async Task WaitReadyAsync(HttpClient client)
    {
        var until = DateTime.UtcNow.AddMinutes(2);
        while (!(await client.GetAsync("readyz")).IsSuccessStatusCode)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("vigil serve was not ready within 2 minutes");
            await Task.Delay(100);
        }
    }
}
