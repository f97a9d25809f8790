using System.Diagnostics;
using System.Text.Json;
using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Screening;

/// <summary>Issue 13, finding 3: a name or text too large to screen is refused naming the field, never cut or left to run for minutes.</summary>
[Collection(LoadedListsCollection.Name)]
public sealed class InputLimitTests(LoadedHomes homes)
{
    [Fact]
    public void A_megabyte_name_in_a_screened_file_is_a_row_error_naming_the_field_and_the_other_rows_are_screened()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("q.csv"), $"id,name\nbig,{new string('A', 1 << 20)}\nwords,{string.Join(' ', Enumerable.Repeat(new string('B', 3000), 10))}\nok,CEIEC\n");
        var watch = Stopwatch.StartNew();

        var run = VigilRunner.Run(homes.Current, "screen", dir.File("q.csv"), "--out", dir.File("r.jsonl"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = File.ReadAllLines(dir.File("r.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["big", "words", "ok"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("name: 1,048,576 characters; at most 500", lines[0].GetProperty("error").GetString());
        Assert.Equal("name: 30,009 characters; at most 500", lines[1].GetProperty("error").GetString());
        Assert.Equal("30502", lines[2].GetProperty("matches")[0].GetProperty("source_id").GetString());
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void A_compared_pair_with_a_name_over_the_limits_gets_a_line_naming_the_field_and_the_other_pairs_are_scored()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("p.csv"), $"id,name_a,name_b,type\nbig,{new string('A', 70_000)},A,person\nok,Nicolas Maduro Moros,\"MADURO MOROS, Nicolas\",person\n");
        var watch = Stopwatch.StartNew();

        var run = VigilRunner.Run(homes.Current, "compare", dir.File("p.csv"), "--out", dir.File("s.jsonl"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = File.ReadAllLines(dir.File("s.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["big", "ok"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("name_a: 70,000 characters; at most 500", lines[0].GetProperty("error").GetString());
        Assert.False(lines[1].TryGetProperty("error", out _));
        Assert.True(lines[1].GetProperty("score").GetDouble() > 0.9, lines[1].ToString());
        Assert.Contains("line 2: name_a: 70,000 characters", run.Stderr, StringComparison.Ordinal);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(60));
    }

    [Theory]
    [InlineData(6900, 1, "name: 6,900 characters; at most 500")]
    [InlineData(101, 2, "name: a word of 101 characters; at most 100")]
    [InlineData(3, 40, "name: 40 words; at most 32")]
    public void A_search_for_a_name_over_a_limit_exits_2_naming_the_limit(int wordLength, int words, string expected)
    {
        var name = string.Join(' ', Enumerable.Range(0, words).Select(i => new string((char)('a' + i % 26), wordLength - 1) + "x"));

        var run = VigilRunner.Run(homes.Current, "search", name);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_over_a_million_characters_fails_with_exit_1_naming_the_limit()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("big.txt"), new string('a', 1 << 20));

        var run = VigilRunner.Run(homes.Current, "text", dir.File("big.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("text: 1,048,576 characters; at most 1,000,000", run.Stderr, StringComparison.Ordinal);
    }
}
