using Vigil.Cli.Tests.Customers;
using Vigil.Cli.Tests.Sync;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Lists;

/// <summary>
/// The UK OFSI list end to end through the real CLI: loaded from the publisher's workbook and CSV, versioned with a change
/// report, screened, shown, and synced from a (local) publisher URL.
/// </summary>
public sealed class UkOfsiListTests : IDisposable
{
    private readonly TempDirectory _home = new();

    [Fact]
    public void Loading_2025_04_10_then_04_14_reports_the_2_added_groups_and_the_3_changed_ones_and_screens_them()
    {
        var first = VigilCli.Ok(_home.Path, "lists", "load", "uk-ofsi", SharedData.Path("uk-ofsi/2025-04-10/ConList.xlsx"));
        Assert.Contains("4,686 entries", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("published 2025-04-10", first.Stdout, StringComparison.Ordinal);

        var second = VigilCli.Ok(_home.Path, "lists", "load", "uk-ofsi", SharedData.Path("uk-ofsi/2025-04-14"));
        Assert.Contains("4,688 entries: 3,663 individuals, 1,010 organizations, 15 vessels", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 added, 0 removed, 3 changed", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("16856", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("16857", second.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"16849 .*nationalities", second.Stdout);

        var search = VigilCli.Ok(_home.Path, "search", "Foxtrot Network", "--json");
        Assert.Contains("\"source\":\"uk-ofsi\",\"source_id\":\"16856\"", search.Stdout.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var entity = VigilCli.Ok(_home.Path, "entity", "uk-ofsi:16856");
        Assert.Contains("IRN0242", entity.Stdout, StringComparison.Ordinal);
        Assert.Contains("Amended on", entity.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_old_Windows_1252_csv_loads_from_its_file_under_its_own_name()
    {
        var load = VigilCli.Ok(_home.Path, "lists", "load", "uk-ofsi", SharedData.Path("uk-ofsi/2018-04/sanctionsconlist.csv"));
        Assert.Contains("2,106 entries: 1,426 individuals, 680 organizations", load.Stdout, StringComparison.Ordinal);
        Assert.Contains("published 2018-04-13", load.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Sync_fetches_the_workbook_from_the_configured_url_once_and_answers_unchanged_the_second_time()
    {
        using var server = new FaultyListServer();
        server.Serve("ofsi", SharedData.Path("uk-ofsi/2025-04-10"));
        File.WriteAllText(_home.File("vigil.json"), $$"""
            { "sources": { "uk-ofsi": { "url": "{{server.BaseUrl}}ofsi/ConList.xlsx" } } }
            """);

        var first = VigilCli.Run(_home.Path, null, "lists", "sync", "--source", "uk-ofsi");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("uk-ofsi: loaded", first.Stdout, StringComparison.Ordinal);
        Assert.Single(server.Log);

        var second = VigilCli.Run(_home.Path, null, "lists", "sync", "--source", "uk-ofsi");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("uk-ofsi: unchanged", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sync_without_a_source_leaves_uk_ofsi_alone_unless_vigil_json_gives_it_a_url()
    {
        var data = new TempDirectory();
        try
        {
            // A data folder with only a UN list: the default set is ofac-sdn, ofac-cons and un, so uk-ofsi is not tried.
            Directory.CreateDirectory(Path.Combine(data.Path, "un"));
            File.Copy(SharedData.Path("un/consolidated-2026-02.xml"), Path.Combine(data.Path, "un", "consolidated.xml"));
            var sync = VigilCli.Run(_home.Path, null, "lists", "sync", "--from", data.Path);
            Assert.DoesNotContain("uk-ofsi", sync.Stdout, StringComparison.Ordinal);
            Assert.Contains("un: loaded", sync.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            data.Dispose();
        }
    }

    public void Dispose() => _home.Dispose();
}
