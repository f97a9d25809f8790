using System.Text.Json;
using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Lists;

/// <summary>
/// A home with SDN 2021-07, UN, the UK list and the US Consolidated Screening List loaded: the sources the
/// <c>--lists</c> tests narrow down from. The other sources add words (and so change every word's weight).
/// </summary>
public sealed class ManySourcesHome : IDisposable
{
    private readonly TempDirectory _home = new();

    public ManySourcesHome()
    {
        foreach (var (source, path) in new[]
                 {
                     ("ofac-sdn", "ofac-sdn/2021-07"), ("un", "un/consolidated-2026-02.xml"),
                     ("uk-ofsi", "uk-ofsi/2025-04-14"), ("us-csl", "us-csl/csl.csv"),
                 })
        {
            var run = VigilRunner.Run(_home.Path, "lists", "load", source, SharedData.Path(path));
            if (run.ExitCode != 0) throw new InvalidOperationException($"fixture load of {source} failed: {run}");
        }
    }

    public string Path => _home.Path;

    public void Dispose() => _home.Dispose();
}

/// <summary><c>--lists</c> on <c>search</c>, <c>screen</c> and <c>text</c>: which sources are screened, with what scores, and the errors.</summary>
[Collection(LoadedListsCollection.Name)]
public sealed class ListSelectionTests(LoadedHomes homes, ManySourcesHome many) : IClassFixture<ManySourcesHome>
{
    /// <summary>(id, [(source, source_id, name, score)]) per line of a <c>vigil screen</c> output.</summary>
    private static List<(string Id, List<(string, string, string, double)> Matches)> Results(string path) =>
        [.. File.ReadAllLines(path).Where(l => l.Length > 0).Select(l =>
        {
            var o = JsonDocument.Parse(l).RootElement;
            return (o.GetProperty("id").GetString()!, o.GetProperty("matches").EnumerateArray()
                .Select(m => (m.GetProperty("source").GetString()!, m.GetProperty("source_id").GetString()!, m.GetProperty("name").GetString()!, m.GetProperty("score").GetDouble()))
                .ToList());
        })];

    /// <summary>One comparable line per result: <c>id: source/id/name/score; ...</c>.</summary>
    private static List<string> Lines(List<(string Id, List<(string, string, string, double)> Matches)> results) =>
        [.. results.Select(r => $"{r.Id}: {string.Join("; ", r.Matches.Select(m => $"{m.Item1}/{m.Item2}/{m.Item3}/{m.Item4:R}"))}")];

    /// <summary>The first <paramref name="rows"/> dev queries, as a query file.</summary>
    private static string Sample(TempDirectory dir, int rows)
    {
        var lines = File.ReadLines(SharedData.Eval("dev/queries.csv")).Take(rows + 1);
        File.WriteAllLines(dir.File("sample.csv"), lines);
        return dir.File("sample.csv");
    }

    [Fact]
    public void Given_four_sources_loaded_When_screened_with_lists_sdn_and_un_Then_matches_and_scores_equal_a_home_of_only_those_two()
    {
        using var dir = new TempDirectory();
        var sample = Sample(dir, 300);

        var two = VigilRunner.Run(homes.Current, "screen", sample, "--min-score", "0.5", "--out", dir.File("two.jsonl"));
        var selected = VigilRunner.Run(many.Path, "screen", sample, "--min-score", "0.5", "--lists", "un,ofac-sdn", "--out", dir.File("selected.jsonl"));
        var all = VigilRunner.Run(many.Path, "screen", sample, "--min-score", "0.5", "--out", dir.File("all.jsonl"));

        Assert.True(two.ExitCode == 0, two.ToString());
        Assert.True(selected.ExitCode == 0, selected.ToString());
        Assert.True(all.ExitCode == 0, all.ToString());
        var expected = Results(dir.File("two.jsonl"));
        Assert.True(expected.Sum(r => r.Matches.Count) > 300, "the sample should have many matches");
        Assert.Equal(Lines(expected), Lines(Results(dir.File("selected.jsonl"))));
        // Why a selection needs its own index: the whole index's SDN and UN hits score otherwise (other word weights).
        var filtered = Results(dir.File("all.jsonl")).Select(r => (r.Id, r.Matches.Where(m => m.Item1 is "ofac-sdn" or "un").ToList())).ToList();
        Assert.NotEqual(expected.SelectMany(r => r.Matches.Select(m => m.Item4)), filtered.SelectMany(r => r.Item2.Select(m => m.Item4)));
        Assert.Contains(Results(dir.File("all.jsonl")), r => r.Matches.Any(m => m.Item1 is "uk-ofsi" or "us-csl"));
    }

    [Fact]
    public void Search_with_lists_un_names_only_un_hits_each_with_its_list_version()
    {
        var run = VigilRunner.Run(many.Path, "search", "Ayman al-Zawahiri", "--json", "--lists", "un", "--min-score", "0.5");

        Assert.True(run.ExitCode == 0, run.ToString());
        var body = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.StartsWith("un:", body.GetProperty("list_versions").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(",", body.GetProperty("list_versions").GetString(), StringComparison.Ordinal);
        var matches = body.GetProperty("matches").EnumerateArray().ToList();
        Assert.NotEmpty(matches);
        Assert.All(matches, m =>
        {
            Assert.Equal("un", m.GetProperty("source").GetString());
            Assert.Equal(1, m.GetProperty("list_version").GetInt32());
            Assert.True(m.GetProperty("list_version_id").GetInt64() > 0);
        });
    }

    [Fact]
    public void Without_lists_a_search_covers_every_active_source()
    {
        var run = VigilRunner.Run(many.Path, "search", "Ayman al-Zawahiri", "--json", "--min-score", "0.5", "--top", "50");

        Assert.True(run.ExitCode == 0, run.ToString());
        var body = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(["ofac-sdn", "uk-ofsi", "un", "us-csl"],
            body.GetProperty("list_versions").GetString()!.Split(',').Select(v => v.Split(':')[0]).Order(StringComparer.Ordinal));
        var sources = body.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("source").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "un", "uk-ofsi" }, sources);
    }

    [Theory]
    [InlineData("search", "eu-fsf")]
    [InlineData("screen", "ca-sema")]
    [InlineData("text", "no-such-list")]
    public void A_source_that_is_not_active_is_a_usage_error_naming_it(string command, string source)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("q.csv"), "id,name\nq1,CEIEC\n");
        File.WriteAllText(dir.File("t.txt"), "Payment to CEIEC for radar parts.");
        var target = command switch { "search" => "CEIEC", "screen" => dir.File("q.csv"), _ => dir.File("t.txt") };

        var run = VigilRunner.Run(many.Path, command, target, "--lists", $"ofac-sdn,{source}");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{source}'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("not an active source", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void An_empty_name_in_lists_is_a_usage_error()
    {
        var run = VigilRunner.Run(many.Path, "search", "CEIEC", "--lists", "ofac-sdn,,un");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("empty source name", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_with_lists_uk_ofsi_names_only_uk_mentions_with_the_version()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("t.txt"), "The payment went to Ayman al-Zawahiri through a courier in Peshawar.");

        var all = VigilRunner.Run(many.Path, "text", dir.File("t.txt"));
        var uk = VigilRunner.Run(many.Path, "text", dir.File("t.txt"), "--lists", "uk-ofsi");

        Assert.True(uk.ExitCode == 0, uk.ToString());
        var mentions = uk.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m =>
        {
            Assert.Equal("uk-ofsi", m.GetProperty("source").GetString());
            Assert.Equal(1, m.GetProperty("list_version").GetInt32());
        });
        Assert.Contains("\"source\":\"un\"", all.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Vigil_lists_shows_the_loaded_sources_and_names_every_source_not_loaded()
    {
        var run = VigilRunner.Run(many.Path, "lists");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var source in new[] { "ofac-sdn", "un", "uk-ofsi", "us-csl" }) Assert.Matches($"│ {source} +│ +1 │", run.Stdout);
        Assert.Contains("Not loaded (7 of 11 sources): ofac-cons, au-dfat, eu-fsf, ca-sema, bis-dpl, ofac-advanced, ofac-enhanced", run.Stderr, StringComparison.Ordinal);
    }
}
