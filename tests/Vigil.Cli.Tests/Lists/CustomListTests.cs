using Vigil.Cli.Tests.Customers;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Lists;

/// <summary>A firm's own watchlist through the real CLI: loaded, versioned and diffed like an official list, screened, shown.</summary>
public sealed class CustomListTests : IDisposable
{
    private readonly TempDirectory _home = new();

    private string Write(string name, string content)
    {
        var path = _home.File(name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void A_custom_list_loads_versions_diffs_screens_and_shows_its_entries()
    {
        var v1 = Write("watch-1.csv", """
            id,name,kind,aliases,birth_dates,programs
            E-1,Ivan Petrovich EXAMPLOV,person,Vanya Examplov,1968-03-02,internal-exit
            E-2,Example Trading LLC,organization,,,internal-exit
            """);
        var first = VigilCli.Ok(_home.Path, "lists", "load", "custom:watchlist", v1);
        Assert.Contains("Loaded custom:watchlist", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 entries: 1 individuals, 1 organizations", first.Stdout, StringComparison.Ordinal);

        var v2 = Write("watch-2.jsonl", """
            {"id": "E-1", "name": "Ivan Petrovich EXAMPLOV", "kind": "person", "aliases": ["Vanya Examplov", "Ivan Examplov"], "birth_dates": ["1968-03-02"], "programs": ["internal-exit"]}
            {"id": "E-3", "name": "Example Shipping Co", "kind": "organization", "programs": ["purchased-pep"]}
            """);
        // Removing 1 of 2 entries is more than the 5 % a version may remove unreviewed: held, then accepted, as for any list.
        var held = VigilCli.Run(_home.Path, null, "lists", "load", "custom:watchlist", v2);
        Assert.Equal(1, held.ExitCode);
        Assert.Contains("held version 2", held.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 added, 1 removed, 1 changed", held.Stdout, StringComparison.Ordinal);
        var second = VigilCli.Ok(_home.Path, "lists", "accept", "custom:watchlist", "2");
        Assert.Matches(@"E-1 .*aliases", VigilCli.Ok(_home.Path, "lists", "diff", "custom:watchlist").Stdout);

        var search = VigilCli.Ok(_home.Path, "search", "Ivan Examplov", "--json");
        Assert.Contains("\"source\":\"custom:watchlist\",\"source_id\":\"E-1\"", search.Stdout.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var entity = VigilCli.Ok(_home.Path, "entity", "custom:watchlist:E-3");
        Assert.Contains("Example Shipping Co", entity.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"action\":\"list.load\"", VigilCli.Ok(_home.Path, "audit", "export").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_row_fails_the_load_naming_file_line_and_field_and_the_active_version_stays()
    {
        VigilCli.Ok(_home.Path, "lists", "load", "custom:watchlist", Write("good.csv", "id,name\nE-1,Example One\n"));
        var bad = VigilCli.Run(_home.Path, null, "lists", "load", "custom:watchlist", Write("bad.csv", "id,name,birth_dates\nE-1,Example One,\nE-2,Example Two,31/02/1970\n"));
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("line 3, field birth_dates", bad.Stderr, StringComparison.Ordinal);
        Assert.Contains("custom:watchlist:E-1", VigilCli.Ok(_home.Path, "search", "Example One", "--json").Stdout.Replace("\"source\":\"custom:watchlist\",\"source_id\":\"E-1\"", "custom:watchlist:E-1", StringComparison.Ordinal)
            .Replace(" ", "", StringComparison.Ordinal).Replace("\"source\":\"custom:watchlist\",\"source_id\":\"E-1\"", "custom:watchlist:E-1", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_custom_name_is_refused_with_the_naming_rule()
    {
        var r = VigilCli.Run(_home.Path, null, "lists", "load", "custom:Bad Name", Write("x.csv", "id,name\nE-1,A\n"));
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("custom:NAME", r.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _home.Dispose();
}
