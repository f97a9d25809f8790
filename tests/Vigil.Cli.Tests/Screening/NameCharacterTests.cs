using System.Text.Json;
using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Screening;

/// <summary>Issue 13, finding 8: control characters never reach the register or the screener; bidi controls and zero-width
/// characters are removed before matching and flagged; a name without letters is not screened as a name.</summary>
[Collection(LoadedListsCollection.Name)]
public sealed class NameCharacterTests(LoadedHomes homes)
{
    private const string Maduro = "22790";

    private static TempDirectory CopyOf(string home)
    {
        var copy = new TempDirectory();
        foreach (var file in Directory.GetFiles(home)) File.Copy(file, Path.Combine(copy.Path, Path.GetFileName(file)));
        return copy;
    }

    private static List<JsonElement> Records(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    private static double? Score(JsonElement record, string sourceId) =>
        record.GetProperty("matches").EnumerateArray().Where(m => m.GetProperty("source_id").GetString() == sourceId)
            .Select(m => (double?)m.GetProperty("score").GetDouble()).FirstOrDefault();

    private static string? Warning(JsonElement record) => record.TryGetProperty("warning", out var w) ? w.GetString() : null;

    [Fact]
    public void A_nul_in_a_customer_name_fails_the_import_naming_line_and_field_and_nothing_is_stored()
    {
        using var home = CopyOf(homes.Current);
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("c.csv"), "id,name\nC1,John Smith\nC2,Nicol\0as Maduro\n");

        var run = VigilRunner.Run(home.Path, "customers", "import", dir.File("c.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{dir.File("c.csv")}: line 3: name: control character U+0000 at character 6", run.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("0 customers", VigilRunner.Run(home.Path, "customers").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_in_a_customer_id_fails_the_import_too()
    {
        using var home = CopyOf(homes.Current);
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("c.csv"), "id,name\nC\u00011,John Smith\n");

        var run = VigilRunner.Run(home.Path, "customers", "import", dir.File("c.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 2: id: control character U+0001 at character 2", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u202ENicolás Maduro", "U+202E right-to-left override")]
    [InlineData("Nicolás\u2060 Maduro", "U+2060 word joiner")]
    [InlineData("Nico\u200Blás Mad\u200Duro", "U+200B zero-width space, U+200D zero-width joiner")]
    [InlineData("Nicolás \uFEFFMaduro\u2066", "U+2066 bidi isolate, U+FEFF zero-width no-break space")]
    public void A_name_with_bidi_controls_or_zero_width_characters_scores_as_the_clean_name_and_is_flagged(string disguised, string named)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("q.csv"), $"id,name\nclean,Nicolás Maduro\ndisguised,{disguised}\n");

        var run = VigilRunner.Run(homes.Current, "screen", dir.File("q.csv"), "--min-score", "0.5");

        Assert.True(run.ExitCode == 0, run.ToString());
        var (clean, flagged) = (Records(run.Stdout)[0], Records(run.Stdout)[1]);
        Assert.NotNull(Score(clean, Maduro));
        Assert.Equal(Score(clean, Maduro), Score(flagged, Maduro));
        Assert.Null(Warning(clean));
        Assert.Contains(named, Warning(flagged), StringComparison.Ordinal);
        Assert.StartsWith("name: removed", Warning(flagged), StringComparison.Ordinal);
        Assert.Contains($"{dir.File("q.csv")}: line 3: warning: name: removed", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_joiner_inside_a_devanagari_word_is_spelling_not_disguise_and_is_not_flagged()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("q.csv"), "id,name\nq1,कृष्\u200dण श्रेष्\u200dठ\n");

        var run = VigilRunner.Run(homes.Current, "screen", dir.File("q.csv"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Null(Warning(Records(run.Stdout)[0]));
        Assert.DoesNotContain("warning", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_customer_name_with_a_right_to_left_override_is_imported_with_a_warning_naming_the_line_and_still_alerts()
    {
        using var home = CopyOf(homes.Current);
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("c.csv"), "id,name,type\nC1,John Smith,person\nC2,\u202ENicolás Maduro,person\n");

        var run = VigilRunner.Run(home.Path, "customers", "import", dir.File("c.csv"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"{dir.File("c.csv")}: line 3: name: removed 1 invisible character (U+202E right-to-left override)", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("line 2:", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(Maduro, VigilRunner.Run(home.Path, "alerts").Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("---")]
    [InlineData("\u200B\u200B 42")]
    public void A_name_without_letters_is_a_row_error_not_a_screening(string name)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("q.csv"), $"id,name\nq1,{name}\nq2,CEIEC\n");

        var run = VigilRunner.Run(homes.Current, "screen", dir.File("q.csv"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var records = Records(run.Stdout);
        Assert.Contains("has no letters; not screened as a name", records[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(records[0].GetProperty("matches").EnumerateArray());
        Assert.NotNull(Score(records[1], "30502"));
        Assert.Contains("read 2 rows: 1 screened, 1 invalid", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{dir.File("q.csv")}: line 2: name: '", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_search_for_a_name_without_letters_exits_2()
    {
        var run = VigilRunner.Run(homes.Current, "search", "12345");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("name: '12345' has no letters", run.Stderr, StringComparison.Ordinal);
    }
}
