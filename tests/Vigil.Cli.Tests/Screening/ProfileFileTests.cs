using System.Text.Json;
using Vigil.Cli.Tests.Support;
using Vigil.Core.Matching;
using Vigil.Core.Screening;
using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Screening;

namespace Vigil.Cli.Tests.Screening;

/// <summary>A scoring profile loaded from a file for a tuning run: by <c>--profile</c>, by <c>vigil.json</c>, checked on reading.</summary>
[Collection(LoadedListsCollection.Name)]
public sealed class ProfileFileTests(LoadedHomes homes)
{
    /// <summary>A typo of a listed name that the shipped profile alerts on, below 0.99.</summary>
    private const string Typo = "Nicolas Madurro";
    private const string Raised = """{ "name": "tuned", "version": "7", "alert_threshold": 0.99 }""";

    private static TempDirectory CopyOf(string home)
    {
        var copy = new TempDirectory();
        foreach (var file in Directory.GetFiles(home)) File.Copy(file, Path.Combine(copy.Path, Path.GetFileName(file)));
        return copy;
    }

    private static int Matches(VigilResult run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Stdout);
        return document.RootElement.GetProperty("matches").GetArrayLength();
    }

    [Fact]
    public void A_raised_alert_threshold_changes_which_hits_are_listed_and_hits_carry_the_loaded_profile()
    {
        using var dir = CopyOf(homes.Current); // loading with another profile rewrites the snapshot
        File.WriteAllText(dir.File("raised.json"), Raised);
        var home = new VigilHome(dir.Path);

        var shipped = IndexLoader.Load(home, ScoringProfile.Default).Screener;
        var tuned = IndexLoader.Load(home, ProfileFile.Load(dir.File("raised.json"))).Screener;

        var before = shipped.Search(new ScreeningQuery(Typo));
        Assert.NotEmpty(before);
        Assert.All(before, h => Assert.Equal("default@1", h.Profile.Id));
        Assert.Empty(tuned.Search(new ScreeningQuery(Typo)));
        var below = tuned.Search(new ScreeningQuery(Typo), new SearchOptions(MinScore: 0.5));
        Assert.Equal(before.Select(h => h.Entity.SourceId), below.Take(before.Count).Select(h => h.Entity.SourceId));
        Assert.All(below, h => Assert.Equal("tuned@7", h.Profile.Id));
    }

    [Fact]
    public void Vigil_search_takes_the_profile_option_over_the_one_vigil_json_names()
    {
        using var home = CopyOf(homes.Current);
        File.WriteAllText(home.File("raised.json"), Raised);
        File.WriteAllText(home.File("shipped.json"), "{}");

        Assert.NotEqual(0, Matches(VigilRunner.Run(home.Path, "search", Typo, "--json")));
        Assert.Equal(0, Matches(VigilRunner.Run(home.Path, "search", Typo, "--json", "--profile", home.File("raised.json"))));

        File.WriteAllText(home.File(VigilConfig.FileName), """{ "profile": "raised.json" }""");
        Assert.Equal(0, Matches(VigilRunner.Run(home.Path, "search", Typo, "--json")));
        Assert.NotEqual(0, Matches(VigilRunner.Run(home.Path, "search", Typo, "--json", "--profile", home.File("shipped.json"))));
    }

    [Fact]
    public void A_changed_profile_rebuilds_the_index_snapshot_and_the_same_profile_reads_it_back()
    {
        using var home = CopyOf(homes.Current);
        File.WriteAllText(home.File("raised.json"), Raised);
        File.WriteAllText(home.File(VigilConfig.FileName), """{ "profile": "raised.json" }""");
        var vigilHome = new VigilHome(home.Path);

        var first = IndexLoader.Load(vigilHome);
        var second = IndexLoader.Load(vigilHome);
        var shipped = IndexLoader.Load(vigilHome, ScoringProfile.Default);

        Assert.False(first.FromSnapshot); // the snapshot lists load wrote was scored by the shipped profile
        Assert.Equal("tuned@7", first.Screener.Index.Profile.Id);
        Assert.True(second.FromSnapshot);
        Assert.Equal("tuned@7", second.Screener.Index.Profile.Id);
        Assert.False(shipped.FromSnapshot);
    }

    [Fact]
    public void Vigil_compare_scores_with_the_profile_option()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("pairs.csv"), "id,name_a,name_b\n1,MADURRO,MADURO\n");
        File.WriteAllText(dir.File("strict.json"), """{ "typo_floor": 0.99, "phonetic_similarity": 0.5 }""");

        double Score(params string[] extra)
        {
            var run = VigilRunner.Run(dir.Path, ["compare", dir.File("pairs.csv"), .. extra]);
            Assert.True(run.ExitCode == 0, run.ToString());
            using var document = JsonDocument.Parse(run.Stdout);
            return document.RootElement.GetProperty("score").GetDouble();
        }

        Assert.True(Score("--profile", dir.File("strict.json")) < Score());
    }

    [Fact]
    public void Vigil_profile_show_prints_a_file_that_reads_back_as_the_same_profile()
    {
        using var dir = new TempDirectory();
        var run = VigilRunner.Run(dir.Path, "profile", "show");
        Assert.True(run.ExitCode == 0, run.ToString());

        Assert.Equal(ScoringProfile.Default, ProfileFile.Parse(run.Stdout, "shown.json"));
        Assert.Contains("\"alert_threshold\"", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "alert_treshold": 0.9 }""", "alert_treshold", "unknown property")]
    [InlineData("""{ "alert_threshold": "high" }""", "alert_threshold", "expected a number")]
    [InlineData("""{ "window_words": 2.5 }""", "window_words", "expected a whole number")]
    [InlineData("""{ "typo_cost": 3 }""", "typo_cost", "outside [0, 1]")]
    [InlineData("""{ "acronym_min_length": 0 }""", "acronym_min_length", "at least 1")]
    [InlineData("""{ "name": "" }""", "name", "empty")]
    public void A_bad_profile_file_is_an_error_naming_the_file_and_the_property(string json, string property, string problem)
    {
        using var dir = new TempDirectory();
        var path = dir.File("bad.json");
        File.WriteAllText(path, json);

        var error = Assert.Throws<VigilException>(() => ProfileFile.Load(path));

        Assert.StartsWith($"{path}: {property}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_file_keeps_the_shipped_value_of_every_property_it_leaves_out()
    {
        var profile = ProfileFile.Parse("""{ "name": "tuned", "alert_threshold": 0.85 }""", "tuned.json");

        Assert.Equal(ScoringProfile.Default with { Name = "tuned", AlertThreshold = 0.85 }, profile);
    }
}
