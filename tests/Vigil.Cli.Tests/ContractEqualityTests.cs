using System.Text.Json.Nodes;
using Vigil.Cli.Tests.Customers;
using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

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

    [Fact]
    public async Task Lists_diff_json_and_the_diff_endpoint_return_the_same_document()
    {
        await using var server = await ServedVigil.StartAsync(homes.Updated, "--no-auth");
        using var client = new HttpClient { BaseAddress = server.Address };

        var cli = VigilRunner.Run(homes.Updated, "lists", "diff", "ofac-sdn", "--json");
        var api = await client.GetStringAsync("api/v1/lists/ofac-sdn/diff");

        Assert.True(cli.ExitCode == 0, cli.ToString());
        var fromCli = JsonNode.Parse(cli.Stdout)!;
        Assert.NotEmpty(fromCli["added"]!.AsArray());
        Assert.True(JsonNode.DeepEquals(fromCli, JsonNode.Parse(api)), "vigil lists diff ofac-sdn --json differs from GET /api/v1/lists/ofac-sdn/diff");
    }

    [Fact]
    public async Task Alerts_json_and_alerts_show_return_what_the_alerts_endpoints_answer()
    {
        using var home = new TempDirectory();
        File.WriteAllText(home.File("customers.csv"), """
            id,name,type,birth_date,country
            c1,Nicolas Maduro,person,1962-11-23,VE
            c2,CEIEC,organization,,
            c3,Jane Example,person,1980-01-01,GB
            """);
        VigilCli.Ok(home.Path, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        VigilCli.Ok(home.Path, "customers", "import", home.File("customers.csv"));
        await using var server = await ServedVigil.StartAsync(home.Path, "--no-auth");
        using var client = new HttpClient { BaseAddress = server.Address };

        var lines = VigilCli.Ok(home.Path, "alerts", "--json").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)).ToArray();
        var page = JsonNode.Parse(await client.GetStringAsync("api/v1/alerts"))!;

        Assert.Equal(["c1", "c2"], lines.Select(l => l!["customer_id"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal));
        Assert.True(JsonNode.DeepEquals(new JsonArray(lines), page["alerts"]), $"vigil alerts --json:\n{string.Join('\n', lines.Select(l => l!.ToJsonString()))}\nGET /api/v1/alerts:\n{page}");
        foreach (var id in lines.Select(l => l!["id"]!.GetValue<long>()))
        {
            var shown = JsonNode.Parse(VigilCli.Ok(home.Path, "alerts", "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Stdout);
            var answered = JsonNode.Parse(await client.GetStringAsync($"api/v1/alerts/{id}"));
            Assert.True(JsonNode.DeepEquals(shown, answered), $"vigil alerts show {id}:\n{shown}\nGET /api/v1/alerts/{id}:\n{answered}");
            Assert.NotNull(shown!["explanation"]);
        }
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
