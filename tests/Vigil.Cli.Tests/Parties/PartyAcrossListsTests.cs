using System.Text.Json;
using Vigil.Cli.Tests.Customers;

namespace Vigil.Cli.Tests.Parties;

/// <summary>One party across the real UN, UK, Canada and OFAC lists, through the real CLI.</summary>
public sealed class PartyAcrossListsTests(FourListsHome home) : IClassFixture<FourListsHome>
{
    private static List<JsonElement> Matches(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("matches").EnumerateArray().Select(m => m.Clone())];
    }

    private static string Ref(JsonElement m) => m.GetProperty("source").GetString() + ":" + m.GetProperty("source_id").GetString();

    private static string? Text(JsonElement m, string name) => m.TryGetProperty(name, out var v) ? v.GetString() : null;

    [Fact]
    public void A_person_on_the_UN_UK_and_Canada_lists_comes_back_as_one_party_naming_all_three_listings()
    {
        // UN HTi.004 (Haiti), repeated by OFSI group 16327 with its UN reference and by Canada with the same name and birth date.
        var matches = Matches(VigilCli.Ok(home.Path, "search", "Joseph Wilson", "--json").Stdout);
        var un = Assert.Single(matches, m => Ref(m) == "un:HTi.004");
        var party = Text(un, "party");
        Assert.Matches("^P-[0-9a-f]{10}$", party);
        var listings = matches.Where(m => Text(m, "party") == party).Select(Ref).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["ca-sema:haiti.joseph-wilson", "uk-ofsi:16327", "un:HTi.004"], listings);

        // The terminal table: one row for the party, naming the three listings.
        var table = VigilCli.Ok(home.Path, "search", "Joseph Wilson").Stdout;
        Assert.Contains(party!, table, StringComparison.Ordinal);
        Assert.Single(table.Split('\n'), line => line.Contains("│ 1 ", StringComparison.Ordinal));
        Assert.DoesNotContain("│ 2 ", table, StringComparison.Ordinal);

        // vigil entity shows the party with each listing and why they are one.
        var entity = VigilCli.Ok(home.Path, "entity", "un:HTi.004").Stdout;
        Assert.Contains($"{party}: 3 listings", entity, StringComparison.Ordinal);
        Assert.Contains("uk-ofsi:16327 = un:HTi.004: un-ref HTi.004", entity, StringComparison.Ordinal);
        Assert.Contains("ca-sema:haiti.joseph-wilson = un:HTi.004: name+dob 1993-02-28", entity, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(VigilCli.Ok(home.Path, "entity", "ca-sema:haiti.joseph-wilson", "--json").Stdout);
        var partyJson = json.RootElement.GetProperty("party");
        Assert.Equal(party, partyJson.GetProperty("id").GetString());
        Assert.Equal(3, partyJson.GetProperty("listings").GetArrayLength());
        Assert.Equal(3, partyJson.GetProperty("links").GetArrayLength());
    }

    [Fact]
    public void A_query_matching_only_an_OFAC_alias_still_names_the_partys_UN_and_UK_listings()
    {
        // "MUBARAK, Laode Agussalim" is an alias of SDN 7928 (YASIN, Syawal) only; UN QDi.123 and OFSI 7834 do not list it,
        // and are the same person by name and birth date (1962-09-03).
        var matches = Matches(VigilCli.Ok(home.Path, "search", "Laode Agussalim Mubarak", "--json", "--explain").Stdout);
        var sdn = Assert.Single(matches, m => Ref(m) == "ofac-sdn:7928");
        Assert.Null(Text(sdn, "via"));
        Assert.Equal("alias", Text(sdn, "name_role"));
        foreach (var other in new[] { "un:QDi.123", "uk-ofsi:7834" })
        {
            var m = Assert.Single(matches, x => Ref(x) == other);
            Assert.Equal("ofac-sdn:7928", Text(m, "via"));
            Assert.Equal("name+dob 1962-09-03", Text(m, "via_reason"));
            Assert.Equal(Text(sdn, "party"), Text(m, "party"));
            Assert.Equal(sdn.GetProperty("score").GetDouble(), m.GetProperty("score").GetDouble());
            Assert.Equal("MUBARAK, Laode Agussalim", m.GetProperty("explanation").GetProperty("matched_name").GetString());
        }
        Assert.True(matches.FindIndex(m => Ref(m) == "ofac-sdn:7928") < matches.FindIndex(m => Ref(m) == "un:QDi.123"));
    }

    [Fact]
    public void A_customer_matching_a_party_on_three_lists_gets_one_alert_naming_all_three()
    {
        using var copy = new Vigil.Tests.Shared.TempDirectory();
        VigilCli.CopyHome(home.Path, copy.Path);
        File.WriteAllText(copy.File("customers.csv"), "id,name,type,birth_date,country,id_number\nC1,Joseph Wilson,person,,,\nC2,Laode Agussalim Mubarak,person,,,\n");

        VigilCli.Ok(copy.Path, "customers", "import", copy.File("customers.csv"));

        var lines = VigilCli.Ok(copy.Path, "alerts", "--json").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var alerts = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var wilson = Assert.Single(alerts, a => a.GetProperty("customer_id").GetString() == "C1");
        Assert.Equal(["ca-sema:haiti.joseph-wilson", "uk-ofsi:16327", "un:HTi.004"],
            wilson.GetProperty("listings").EnumerateArray().Select(x => x.GetString()!).Order(StringComparer.Ordinal));
        Assert.Matches("^P-[0-9a-f]{10}$", wilson.GetProperty("party").GetString());
        var mubarak = Assert.Single(alerts, a => a.GetProperty("customer_id").GetString() == "C2");
        Assert.Equal("ofac-sdn:7928", Ref(mubarak));
        Assert.Equal(["ofac-sdn:7928", "uk-ofsi:7834", "un:QDi.123"], mubarak.GetProperty("listings").EnumerateArray().Select(x => x.GetString()!));

        // Screening again refreshes the same two alerts.
        VigilCli.Ok(copy.Path, "customers", "screen");
        var again = VigilCli.Ok(copy.Path, "alerts", "--json").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, again.Length);
        Assert.All(again, l => Assert.Contains("\"state\":\"open\"", l, StringComparison.Ordinal));
    }
}
