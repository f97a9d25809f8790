using System.Text.Json;
using System.Text.RegularExpressions;
using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;
using Xunit.Abstractions;

namespace Vigil.Cli.Tests;

[Collection(LoadedListsCollection.Name)]
public sealed partial class ListsCommandTests(LoadedHomes homes)
{
    private static string Sdn2021 => SharedData.Path("ofac-sdn/2021-07");
    private static string Sdn2019 => SharedData.Path("ofac-sdn/2019-01");
    private static string UnFile => SharedData.Path("un/consolidated-2026-02.xml");

    [Fact]
    public void Given_an_empty_home_When_sdn_2021_07_is_loaded_Then_it_reports_8976_entries_by_kind()
    {
        var load = homes.CurrentSdn;

        Assert.Contains("8,976 entries", load.Stdout, StringComparison.Ordinal);
        Assert.Contains("4,620 individuals", load.Stdout, StringComparison.Ordinal);
        Assert.Contains("3,673 organizations", load.Stdout, StringComparison.Ordinal);
        Assert.Contains("406 vessels", load.Stdout, StringComparison.Ordinal);
        Assert.Contains("277 aircraft", load.Stdout, StringComparison.Ordinal);
        Assert.Contains("First version of ofac-sdn", load.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_empty_home_When_sdn_2019_01_is_loaded_Then_it_reports_7379_entries()
    {
        Assert.Contains("7,379 entries: 3,845 individuals, 2,994 organizations, 323 vessels, 217 aircraft", homes.UpdatedSdn2019.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_sdn_2019_01_loaded_When_2021_07_is_loaded_Then_it_reports_1858_added_and_261_removed_with_examples()
    {
        var load = homes.UpdatedSdn2021;

        Assert.Contains("8,976 entries", load.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"Changes since version \d+ \(loaded [^)]+\): 1,858 added, 261 removed, [\d,]+ changed", load.Stdout);
        Assert.Matches(@"(?m)^  \+ \d+ ", load.Stdout);
        Assert.Matches(@"(?m)^  - \d+ ", load.Stdout);
        Assert.Matches(@"(?m)^  ~ \d+ .*: [a-z_, ]+$", load.Stdout);
        Assert.Contains("vigil lists diff ofac-sdn", load.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_empty_home_When_the_un_list_is_loaded_Then_it_reports_730_individuals_and_273_entities()
    {
        var load = homes.CurrentUn;

        Assert.Contains("1,003 entries: 730 individuals, 273 organizations", load.Stdout, StringComparison.Ordinal);
        Assert.Contains("published 2026-02-27", load.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_list_update_When_diffing_as_json_Then_30502_is_among_the_additions_and_renames_show_the_name_field()
    {
        var diff = VigilRunner.Run(homes.Updated, "lists", "diff", "ofac-sdn", "--json");

        Assert.True(diff.ExitCode == 0, diff.ToString());
        using var doc = JsonDocument.Parse(diff.Stdout);
        var root = doc.RootElement;
        Assert.Equal("ofac-sdn", root.GetProperty("source").GetString());
        Assert.Equal(1858, root.GetProperty("summary").GetProperty("added").GetInt32());
        Assert.Equal(261, root.GetProperty("summary").GetProperty("removed").GetInt32());
        Assert.Equal(1858, root.GetProperty("added").GetArrayLength());
        Assert.Equal(261, root.GetProperty("removed").GetArrayLength());
        var ceiec = Assert.Single(root.GetProperty("added").EnumerateArray(), a => a.GetProperty("source_id").GetString() == "30502");
        Assert.Equal("organization", ceiec.GetProperty("kind").GetString());
        Assert.Equal(7379, root.GetProperty("from").GetProperty("counts").GetProperty("total").GetInt32());
        Assert.True(root.GetProperty("to").GetProperty("active").GetBoolean());

        // README: 20 entries kept their ent_num under a changed primary name, e.g. AL-ASAD, Mahir -> AL-ASSAD, Maher.
        var renamed = root.GetProperty("changed").EnumerateArray()
            .Where(c => c.GetProperty("fields").EnumerateArray().Any(f => f.GetString() == "name"))
            .ToList();
        Assert.Equal(20, renamed.Count);
        Assert.Contains(renamed, c => c.GetProperty("previous_name").GetString() == "AL-ASAD, Mahir"
                                      && c.GetProperty("name").GetString() == "AL-ASSAD, Maher");
    }

    [Fact]
    public void Given_the_json_shape_documented_in_the_help_When_diffing_as_json_Then_every_name_it_quotes_is_in_the_output()
    {
        var help = VigilRunner.Run(homes.Updated, "lists", "diff", "--help");
        var diff = VigilRunner.Run(homes.Updated, "lists", "diff", "ofac-sdn", "--json");
        var documented = help.Stdout[help.Stdout.IndexOf("--json", StringComparison.Ordinal)..];
        var quoted = QuotedWord().Matches(documented).Select(m => m.Groups[1].Value).ToHashSet();

        using var doc = JsonDocument.Parse(diff.Stdout);
        var present = new HashSet<string>();
        Collect(doc.RootElement, present);

        Assert.True(quoted.Count >= 20, help.ToString());
        Assert.Empty(quoted.Except(present));
    }

    private static void Collect(JsonElement element, HashSet<string> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject()) { into.Add(p.Name); Collect(p.Value, into); }
                break;
            case JsonValueKind.Array:
                foreach (var e in element.EnumerateArray()) Collect(e, into);
                break;
            case JsonValueKind.String:
                into.Add(element.GetString()!);
                break;
        }
    }

    [Fact]
    public void Given_a_list_update_When_diffing_as_text_Then_every_entry_is_listed_one_per_line()
    {
        var diff = VigilRunner.Run(homes.Updated, "lists", "diff", "ofac-sdn");

        Assert.True(diff.ExitCode == 0, diff.ToString());
        Assert.Contains("1,858 added, 261 removed", diff.Stdout, StringComparison.Ordinal);
        Assert.Equal(1858, AddedLine().Count(diff.Stdout));
        Assert.Equal(261, RemovedLine().Count(diff.Stdout));
        Assert.Matches(@"(?m)^\+ 30502 +organization +CEIEC$", diff.Stdout);
    }

    [Fact]
    public void Given_two_sdn_versions_When_diffing_backwards_with_from_and_to_Then_additions_and_removals_swap()
    {
        var versions = Versions(homes.Updated, "ofac-sdn");

        var diff = VigilRunner.Run(homes.Updated, "lists", "diff", "ofac-sdn", "--from", versions[0], "--to", versions[1], "--json");

        Assert.True(diff.ExitCode == 0, diff.ToString());
        using var doc = JsonDocument.Parse(diff.Stdout);
        Assert.Equal(261, doc.RootElement.GetProperty("summary").GetProperty("added").GetInt32());
        Assert.Equal(1858, doc.RootElement.GetProperty("summary").GetProperty("removed").GetInt32());
    }

    [Fact]
    public void Given_loaded_lists_When_listing_them_Then_a_table_shows_each_source_with_its_active_version_and_counts()
    {
        var lists = VigilRunner.Run(homes.Current, "lists");

        Assert.True(lists.ExitCode == 0, lists.ToString());
        var sdnRow = Assert.Single(TableRows(lists.Stdout), r => r[0] == "ofac-sdn");
        var unRow = Assert.Single(TableRows(lists.Stdout), r => r[0] == "un");
        Assert.Equal(["8,976", "4,620", "3,673", "406", "277"], sdnRow[4..9]);
        Assert.Equal(["1,003", "730", "273", "0", "0"], unRow[4..9]);
        Assert.Equal("2026-02-27", unRow[2]);
    }

    [Fact]
    public void Given_redirected_stdout_When_listing_Then_the_table_has_no_escape_codes_and_every_line_the_same_width()
    {
        var lists = VigilRunner.Run(homes.Current, "lists");

        var lines = lists.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 6, lists.ToString());
        Assert.DoesNotContain('\u001b', lists.Stdout);
        Assert.Single(lines.Select(l => l.TrimEnd('\r').Length).Distinct());
    }

    [Fact]
    public void Given_two_loads_of_sdn_When_listing_versions_Then_both_show_newest_first_with_the_active_one_marked()
    {
        var versions = VigilRunner.Run(homes.Updated, "lists", "versions", "ofac-sdn");

        Assert.True(versions.ExitCode == 0, versions.ToString());
        var rows = TableRows(versions.Stdout).Where(r => r[0] == "ofac-sdn").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["yes", "8,976"], [rows[0][2], rows[0][5]]);
        Assert.Equal(["", "7,379"], [rows[1][2], rows[1][5]]);
    }

    [Fact]
    public void Given_a_loaded_list_with_warnings_When_asking_for_them_Then_each_names_its_file_and_line()
    {
        var warnings = VigilRunner.Run(homes.Current, "lists", "warnings", "ofac-sdn");

        Assert.True(warnings.ExitCode == 0, warnings.ToString());
        var lines = warnings.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(@"^(sdn|add|alt|sdn_comments)\.csv:\d+", l));
        Assert.Contains($"{lines.Length} parse warnings", homes.CurrentSdn.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_loaded_directory_When_it_is_loaded_again_Then_it_says_unchanged_and_adds_no_version()
    {
        var again = VigilRunner.Run(homes.Current, "lists", "load", "ofac-sdn", Sdn2021);

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("ofac-sdn unchanged", again.Stdout, StringComparison.Ordinal);
        Assert.Single(Versions(homes.Current, "ofac-sdn"));
    }

    [Fact]
    public void Given_the_un_file_under_another_name_When_loaded_Then_the_content_is_recognised_as_unchanged()
    {
        using var temp = new TempDirectory();
        File.Copy(UnFile, temp.File("un-copy.xml"));

        var again = VigilRunner.Run(homes.Current, "lists", "load", "un", temp.File("un-copy.xml"));

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("un unchanged", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_truncated_un_file_When_loaded_Then_it_is_refused_naming_the_file_and_the_earlier_version_stays_active()
    {
        using var temp = new TempDirectory();
        var bytes = File.ReadAllBytes(UnFile);
        var cut = temp.File("consolidated-truncated.xml");
        File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);
        var before = VigilRunner.Run(homes.Current, "lists");

        var load = VigilRunner.Run(homes.Current, "lists", "load", "un", cut);
        var after = VigilRunner.Run(homes.Current, "lists");

        Assert.Equal(1, load.ExitCode);
        Assert.Contains(cut, load.Stderr, StringComparison.Ordinal);
        Assert.Contains("line", load.Stderr, StringComparison.Ordinal);
        Assert.Equal("", load.Stdout);
        Assert.Equal(before.Stdout, after.Stdout);
        Assert.Contains("1,003", after.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_sdn_file_with_a_quote_left_open_When_loaded_Then_it_is_refused_naming_the_line_and_the_earlier_version_stays_active()
    {
        using var temp = new TempDirectory();
        var rows = new List<string> { "306,\"BANCO NACIONAL DE CUBA,-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- " };
        rows.AddRange(Enumerable.Range(0, 10).Select(i => $"{1000 + i},PARTY {i},-0- ,SDGT,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- "));
        rows.Add("36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ");
        File.WriteAllText(temp.File("sdn.csv"), string.Join("\r\n", rows) + "\r\n");
        foreach (var name in new[] { "add.csv", "alt.csv", "sdn_comments.csv" }) File.WriteAllText(temp.File(name), "");
        var before = VigilRunner.Run(homes.Current, "lists");

        var load = VigilRunner.Run(homes.Current, "lists", "load", "ofac-sdn", temp.Path);
        var after = VigilRunner.Run(homes.Current, "lists");

        Assert.Equal(1, load.ExitCode);
        Assert.Contains("sdn.csv", load.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 1", load.Stderr, StringComparison.Ordinal);
        Assert.Equal(before.Stdout, after.Stdout);
    }

    [Fact]
    public void Given_an_unknown_source_When_loading_Then_it_fails_naming_the_known_sources()
    {
        using var home = new TempDirectory();

        var load = VigilRunner.Run(home.Path, "lists", "load", "ofac-xyz", Sdn2021);

        Assert.Equal(1, load.ExitCode);
        Assert.Contains("unknown source 'ofac-xyz'", load.Stderr, StringComparison.Ordinal);
        Assert.Contains("ofac-sdn, ofac-cons, un", load.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_path_that_does_not_exist_When_loading_Then_it_fails_naming_the_path()
    {
        using var home = new TempDirectory();
        var missing = Path.Combine(home.Path, "no-such-list");

        var load = VigilRunner.Run(home.Path, "lists", "load", "ofac-sdn", missing);

        Assert.Equal(1, load.ExitCode);
        Assert.Contains(missing, load.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_directory_without_sdn_csv_When_loading_Then_it_fails_naming_the_missing_file()
    {
        using var home = new TempDirectory();
        using var list = new TempDirectory();
        foreach (var name in new[] { "add.csv", "alt.csv", "sdn_comments.csv" }) File.Copy(Path.Combine(Sdn2021, name), list.File(name));

        var load = VigilRunner.Run(home.Path, "lists", "load", "ofac-sdn", list.Path);

        Assert.Equal(1, load.ExitCode);
        Assert.Contains(list.File("sdn.csv"), load.Stderr, StringComparison.Ordinal);
        Assert.Contains("missing", load.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_sdn_file_instead_of_its_directory_When_loading_Then_it_asks_for_the_directory()
    {
        using var home = new TempDirectory();

        var load = VigilRunner.Run(home.Path, "lists", "load", "ofac-sdn", Path.Combine(Sdn2019, "sdn.csv"));

        Assert.Equal(1, load.ExitCode);
        Assert.Contains("give the directory", load.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lists", "load")]
    [InlineData("lists", "load", "ofac-sdn")]
    [InlineData("lists", "diff", "ofac-sdn", "--from", "not-a-number")]
    [InlineData("lists", "--no-such-option")]
    [InlineData("lists", "versions")]
    public void Given_bad_usage_When_running_Then_it_exits_with_2_and_says_what_is_wrong(params string[] args)
    {
        using var home = new TempDirectory();

        var run = VigilRunner.Run(home.Path, args);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual("", run.Stderr.Trim());
    }

    [Fact]
    public void Given_an_empty_home_When_listing_or_diffing_Then_it_says_nothing_is_loaded()
    {
        using var home = new TempDirectory();

        var lists = VigilRunner.Run(home.Path, "lists");
        var diff = VigilRunner.Run(home.Path, "lists", "diff", "un");

        Assert.Equal(0, lists.ExitCode);
        Assert.Contains("No list loaded", lists.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, diff.ExitCode);
        Assert.Contains("un has not been loaded", diff.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_single_version_When_diffing_without_from_Then_it_explains_there_is_nothing_to_compare()
    {
        var diff = VigilRunner.Run(homes.Current, "lists", "diff", "un");

        Assert.Equal(1, diff.ExitCode);
        Assert.Contains("nothing to compare", diff.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Version ids of a source, newest first, read from <c>lists versions</c>.</summary>
    internal static string[] Versions(string home, string source)
    {
        var run = VigilRunner.Run(home, "lists", "versions", source);
        Assert.True(run.ExitCode == 0, run.ToString());
        return TableRows(run.Stdout).Where(r => r[0] == source).Select(r => r[1]).ToArray();
    }

    /// <summary>The cells of each data row of a Spectre table (rows whose cells are separated by │).</summary>
    internal static List<string[]> TableRows(string table) =>
        table.Split('\n')
            .Where(l => l.StartsWith('│'))
            .Select(l => l.Trim().Trim('│').Split('│').Select(c => c.Trim()).ToArray())
            .ToList();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedWord();

    [GeneratedRegex(@"(?m)^\+ \S+ ")]
    private static partial Regex AddedLine();

    [GeneratedRegex(@"(?m)^- \S+ ")]
    private static partial Regex RemovedLine();
}
