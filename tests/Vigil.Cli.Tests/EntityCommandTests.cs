using System.Text.Json;
using Vigil.Cli.Tests.Support;

namespace Vigil.Cli.Tests;

[Collection(LoadedListsCollection.Name)]
public sealed class EntityCommandTests(LoadedHomes homes)
{
    private JsonDocument EntityJson(string reference, params string[] more)
    {
        var run = VigilRunner.Run(homes.Current, ["entity", reference, "--json", .. more]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Stdout);
    }

    private static IEnumerable<string> Strings(JsonElement array, string? property = null) =>
        array.EnumerateArray().Select(e => (property is null ? e : e.GetProperty(property)).GetString()!);

    [Fact]
    public void Sdn_30502_as_json_holds_its_aliases_both_addresses_website_registration_uscc_and_program()
    {
        using var doc = EntityJson("ofac-sdn:30502");
        var root = doc.RootElement.GetProperty("entity");

        Assert.Equal("30502", root.GetProperty("source_id").GetString());
        Assert.Equal("organization", root.GetProperty("kind").GetString());
        var names = root.GetProperty("names").EnumerateArray().ToList();
        Assert.Contains(names, n => n.GetProperty("full").GetString() == "CHINA NATIONAL ELECTRONICS IMPORT AND EXPORT CORPORATION"
                                    && n.GetProperty("role").GetString() == "alias");
        var cities = root.GetProperty("addresses").EnumerateArray().Select(a => a.ToString()).ToList();
        Assert.Equal(2, cities.Count);
        Assert.Contains(cities, a => a.Contains("Beijing", StringComparison.Ordinal));
        Assert.Contains(cities, a => a.Contains("Caracas", StringComparison.Ordinal));
        var ids = root.GetProperty("identifiers").EnumerateArray().ToList();
        Assert.Contains(ids, i => i.GetProperty("kind").GetString() == "website" && i.GetProperty("number").GetString()!.Contains("ceiec.com", StringComparison.Ordinal));
        Assert.Contains(ids, i => i.GetProperty("kind").GetString() == "registration" && i.GetProperty("number").GetString() == "16382287");
        Assert.Contains(ids, i => i.GetProperty("kind").GetString() == "uscc" && i.GetProperty("number").GetString() == "9111000010000106X1");
        Assert.Equal(["VENEZUELA"], Strings(root.GetProperty("programs")));
    }

    [Fact]
    public void Sdn_22790_as_json_holds_birth_date_cedula_and_both_programs()
    {
        using var doc = EntityJson("ofac-sdn:22790");
        var root = doc.RootElement.GetProperty("entity");

        Assert.Equal("MADURO MOROS, Nicolas", root.GetProperty("names")[0].GetProperty("full").GetString());
        Assert.Contains("1962-11-23", Strings(root.GetProperty("birth_dates"), "from"));
        var cedula = Assert.Single(root.GetProperty("identifiers").EnumerateArray(), i => i.GetProperty("kind").GetString() == "cedula");
        Assert.Equal("5892464", cedula.GetProperty("number").GetString());
        Assert.Equal("VE", cedula.GetProperty("country").GetString());
        Assert.Equal(["IRAN-CON-ARMS-EO", "VENEZUELA"], Strings(root.GetProperty("programs")).Order());
    }

    [Fact]
    public void Given_an_entity_as_json_Then_it_says_which_list_version_it_comes_from()
    {
        var activeSdn = ListsCommandTests.Versions(homes.Current, "ofac-sdn")[0];
        using var doc = EntityJson("ofac-sdn:22790");

        var version = doc.RootElement.GetProperty("list_version");

        Assert.Equal(activeSdn, version.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("ofac-sdn", version.GetProperty("source").GetString());
        Assert.True(version.GetProperty("active").GetBoolean());
        Assert.Equal(64, version.GetProperty("content_hash").GetString()!.Length);
        Assert.Equal(8976, version.GetProperty("counts").GetProperty("total").GetInt32());
    }

    [Fact]
    public void Sdn_22790_as_text_shows_labelled_names_dates_identifiers_programs_and_version()
    {
        var run = VigilRunner.Run(homes.Current, "entity", "ofac-sdn:22790");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"(?m)^Names +MADURO MOROS, Nicolas  \[primary\]", run.Stdout);
        Assert.Matches(@"(?m)^Born +1962-11-23$", run.Stdout);
        Assert.Contains("Cedula No.: 5892464 (VE)", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Programs +VENEZUELA$", run.Stdout);
        Assert.Matches(@"(?m)^List version +ofac-sdn version \d+ \(active\)", run.Stdout);
        Assert.DoesNotMatch(@"(?m) +$", run.Stdout);
    }

    [Fact]
    public void Un_QDi_001_is_found_with_its_listing_date_and_original_script_name()
    {
        using var doc = EntityJson("un:QDi.001");
        var root = doc.RootElement.GetProperty("entity");

        Assert.Equal("person", root.GetProperty("kind").GetString());
        Assert.True(root.TryGetProperty("listed_on", out _));
        Assert.Contains("original_script", Strings(root.GetProperty("names"), "role"));
        Assert.Equal("2026-02-27", doc.RootElement.GetProperty("list_version").GetProperty("published_on").GetString());
    }

    [Fact]
    public void Given_an_older_version_id_When_looking_up_an_entry_Then_it_shows_what_that_version_said()
    {
        var versions = ListsCommandTests.Versions(homes.Updated, "ofac-sdn");

        var then = VigilRunner.Run(homes.Updated, "entity", "ofac-sdn:30502", "--version", versions[1]);
        var now = VigilRunner.Run(homes.Updated, "entity", "ofac-sdn:30502", "--version", versions[0]);

        Assert.Equal(1, then.ExitCode);
        Assert.Contains("not in ofac-sdn version " + versions[1], then.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, now.ExitCode);
    }

    [Fact]
    public void Given_an_id_that_is_not_listed_When_looking_it_up_Then_it_fails_naming_the_entry()
    {
        var run = VigilRunner.Run(homes.Current, "entity", "ofac-sdn:999999");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ofac-sdn:999999 is not in ofac-sdn version", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_unknown_source_When_looking_up_Then_it_fails_naming_the_known_sources()
    {
        var run = VigilRunner.Run(homes.Current, "entity", "eu:123");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ofac-sdn, ofac-cons, un", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_source_that_was_never_loaded_When_looking_up_Then_it_says_how_to_load_it()
    {
        var run = VigilRunner.Run(homes.Current, "entity", "ofac-cons:18299");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("vigil lists load ofac-cons", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("entity")]
    [InlineData("entity", "30502")]
    [InlineData("entity", "ofac-sdn:")]
    [InlineData("entity", "ofac-sdn:30502", "--version", "x")]
    public void Given_bad_usage_When_looking_up_Then_it_exits_with_2(params string[] args)
    {
        var run = VigilRunner.Run(homes.Current, args);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual("", run.Stderr.Trim());
    }
}
