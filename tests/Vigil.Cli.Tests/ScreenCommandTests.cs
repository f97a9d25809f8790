using System.Text.Json;
using nietras.SeparatedValues;
using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests;

/// <summary>`vigil screen`, `search` and `compare` through the real process, in the shape ../shared/eval/CONTRACT.md fixes.</summary>
[Collection(LoadedListsCollection.Name)]
public sealed class ScreenCommandTests(LoadedHomes homes)
{
    private const string Queries = """
        id,name,type,birth_date,country,id_number,note
        q1,Corporación China de Importaciones y Exportaciones Electrónicas,,,,,seed case
        q2,CEIEC,organization,,,,
        q3,Nicolás Maduro,person,1962-11-23,Venezuela,,
        q4,Steven Mnuchin,person,1962-12-21,US,,must not alert
        q5,,person,,,,empty name
        q6,Ayman al-Zawahiri,person,1951-02-30,,,impossible date
        q7,"MADURO MOROS, Nicolas",person,,,,
        """;

    private static List<JsonElement> Lines(string path) =>
        [.. File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)];

    [Fact]
    public void Given_a_query_file_When_screened_Then_each_row_gets_one_line_in_input_order_in_the_contract_shape()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("q.csv"), Queries);

        var run = VigilRunner.Run(homes.Current, "screen", dir.File("q.csv"), "--top", "10", "--out", dir.File("r.jsonl"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = Lines(dir.File("r.jsonl"));
        Assert.Equal(["q1", "q2", "q3", "q4", "q5", "q6", "q7"], lines.Select(l => l.GetProperty("id").GetString()));
        foreach (var line in lines.Where(l => !l.TryGetProperty("error", out _)))
        {
            Assert.Equal(["id", "matches"], line.EnumerateObject().Select(p => p.Name));
            var scores = line.GetProperty("matches").EnumerateArray().Select(m =>
            {
                // CONTRACT.md's fields first and in its order; the context after them (extra fields are allowed).
                Assert.Equal(["source", "source_id", "name", "score"], m.EnumerateObject().Select(p => p.Name).Take(4));
                Assert.Equal("default@1", m.GetProperty("profile").GetString());
                return m.GetProperty("score").GetDouble();
            }).ToList();
            Assert.All(scores, s => Assert.InRange(s, 0.8, 1.0));
            Assert.Equal(scores.OrderByDescending(s => s), scores);
        }
    }

    private const string UnbalancedQuote = "id,name,type\nq1,\"Nicolas Maduro,person\nq2,CEIEC,organization\nq3,Steven Mnuchin,person\n";

    [Fact]
    public void Unbalanced_quote_in_row_one_fails_the_screen_naming_line_two_and_writes_nothing()
    {
        // Before: "screened 1 rows" for 3 rows, exit 0; q2 and q3 vanished into q1's name.
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("q.csv"), UnbalancedQuote);

        var run = VigilRunner.Run(homes.Current, "screen", dir.File("q.csv"), "--out", dir.File("r.jsonl"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 2", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("unbalanced quote", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("r.jsonl")) && File.ReadAllText(dir.File("r.jsonl")).Length > 0, run.ToString());
    }

    [Fact]
    public void Unbalanced_quote_fails_customers_import_naming_the_line_and_imports_nothing()
    {
        using var home = new TempDirectory();
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("c.csv"), UnbalancedQuote);

        var run = VigilRunner.Run(home.Path, "customers", "import", dir.File("c.csv"));
        var show = VigilRunner.Run(home.Path, "customers", "show", "q1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 2", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("imported", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, show.ExitCode);   // q1 was not imported (before: it was, with q2 and q3 inside its name)
    }

    [Fact]
    public void Screen_summary_accounts_for_every_row_read()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("q.csv"), Queries);

        var run = VigilRunner.Run(homes.Current, "screen", dir.File("q.csv"), "--out", dir.File("r.jsonl"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("read 7 rows: 5 screened, 2 invalid", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(7, Lines(dir.File("r.jsonl")).Count);
    }

    [Fact]
    public void Invalid_row_gets_an_error_naming_the_column_and_no_matches_in_its_place()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("q.csv"), """
            id,name,type,birth_date
            a,CEIEC,organization,
            b,Nicolas Maduro,person,1962-13
            c,,person,
            d,Nicolas Maduro,person,1962-11-23
            """);

        var run = VigilRunner.Run(homes.Current, "screen", dir.File("q.csv"), "--out", dir.File("r.jsonl"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = Lines(dir.File("r.jsonl"));
        Assert.Equal(["a", "b", "c", "d"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.StartsWith("birth_date: '1962-13' is not a date", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("name: empty", lines[2].GetProperty("error").GetString());
        Assert.All([lines[1], lines[2]], l => Assert.Equal(0, l.GetProperty("matches").GetArrayLength()));
        Assert.All([lines[0], lines[3]], l => Assert.False(l.TryGetProperty("error", out _), l.ToString()));
        Assert.Equal("22790", lines[3].GetProperty("matches")[0].GetProperty("source_id").GetString());
        Assert.Contains("screened 2 rows, 2 invalid", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 3: birth_date: '1962-13'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_bad_rows_and_a_csv_out_path_When_screened_Then_each_bad_row_is_one_row_with_its_error()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("q.csv"), Queries);

        var run = VigilRunner.Run(homes.Current, "screen", dir.File("q.csv"), "--out", dir.File("r.csv"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = File.ReadAllLines(dir.File("r.csv"));
        Assert.Contains("q5,,,,,,name: empty", rows);
        Assert.Single(rows, r => r.StartsWith("q6,,,,,,", StringComparison.Ordinal) && r.Contains("birth_date: '1951-02-30'", StringComparison.Ordinal));
        Assert.Contains("2 invalid", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_seed_cases_When_screened_Then_ceiec_and_maduro_alert_first_and_mnuchin_does_not()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("q.csv"), Queries);

        VigilRunner.Run(homes.Current, "screen", dir.File("q.csv"), "--out", dir.File("r.jsonl"));

        var byId = Lines(dir.File("r.jsonl")).ToDictionary(l => l.GetProperty("id").GetString()!, l => l.GetProperty("matches"));
        string First(string id) => byId[id][0].GetProperty("source") + ":" + byId[id][0].GetProperty("source_id");
        Assert.Equal("ofac-sdn:30502", First("q1"));
        Assert.Equal("ofac-sdn:30502", First("q2"));
        Assert.Equal("ofac-sdn:22790", First("q3"));
        Assert.Equal("ofac-sdn:22790", First("q7"));
        Assert.Equal(0, byId["q4"].GetArrayLength());
    }

    [Fact]
    public void Given_min_score_zero_When_screened_Then_even_a_non_listed_name_gets_its_best_candidates_up_to_top()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("q.csv"), Queries);

        VigilRunner.Run(homes.Current, "screen", dir.File("q.csv"), "--top", "3", "--min-score", "0", "--out", dir.File("all.jsonl"));

        var mnuchin = Lines(dir.File("all.jsonl")).Single(l => l.GetProperty("id").GetString() == "q4").GetProperty("matches");
        Assert.InRange(mnuchin.GetArrayLength(), 1, 3);
        Assert.All(mnuchin.EnumerateArray(), m => Assert.InRange(m.GetProperty("score").GetDouble(), 0.0, 0.8));
    }

    [Fact]
    public void Given_a_csv_out_path_When_screened_Then_one_row_per_match_is_written_with_a_header()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("q.csv"), Queries);

        var run = VigilRunner.Run(homes.Current, "screen", dir.File("q.csv"), "--out", dir.File("r.csv"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = File.ReadAllLines(dir.File("r.csv"));
        Assert.Equal("id,rank,source,source_id,name,score,error", rows[0]);
        Assert.Contains(rows, r => r.StartsWith("q2,1,ofac-sdn,30502,", StringComparison.Ordinal) && r.EndsWith(','));
    }

    [Fact]
    public void Cells_a_spreadsheet_would_run_as_formulas_are_written_with_a_leading_quote_to_a_csv_out_path()
    {
        // Ids are the caller's text and come back unchanged but for the quote; each row matches CEIEC, and a row without a
        // name checks the error row's id. (Ids are trimmed on input, so tab and CR leads are held by CsvCellTests.)
        string[] ids = ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(1)"];
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("q.csv"), "id,name,type\n" + string.Concat(ids.Select(id => $"\"{id.Replace("\"", "\"\"", StringComparison.Ordinal)}\",CEIEC,organization\n")) +
                                             "\"=bad\",,organization\n");

        var run = VigilRunner.Run(homes.Current, "screen", dir.File("q.csv"), "--out", dir.File("r.csv"));

        Assert.True(run.ExitCode == 0, run.ToString());
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(dir.File("r.csv"));
        var rows = reader.Enumerate(r => (Id: r["id"].ToString(), Source: r["source"].ToString(), Name: r["name"].ToString(), Score: r["score"].ToString())).ToList();
        Assert.Equal([.. ids.Select(id => "'" + id), "'=bad"], rows.Select(r => r.Id).Distinct());
        Assert.All(rows.Where(r => r.Id != "'=bad"), r =>
        {
            Assert.NotEmpty(r.Source);
            Assert.DoesNotMatch("^[-=+@\t\r]", r.Name);
            Assert.Matches(@"^[01](\.\d+)?$", r.Score); // scores stay plain numbers
        });
    }

    [Fact]
    public void Given_a_file_without_a_name_column_When_screened_Then_it_fails_naming_the_file_and_line()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("q.csv"), "id,full_name\n1,x\n");

        var run = VigilRunner.Run(homes.Current, "screen", dir.File("q.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("q.csv: line 1: the header has no 'name' column", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_name_When_searched_with_explain_in_json_Then_the_hit_says_which_words_aligned_and_which_features_applied()
    {
        var run = VigilRunner.Run(homes.Current, "search", "Nicolas Maduro", "--type", "person", "--birth-date", "1962-11-23", "--json", "--explain");

        Assert.True(run.ExitCode == 0, run.ToString());
        var hit = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("matches")[0];
        Assert.Equal("22790", hit.GetProperty("source_id").GetString());
        var explanation = hit.GetProperty("explanation");
        Assert.Contains(explanation.GetProperty("words").EnumerateArray(), w => w.GetProperty("query").GetString() == "maduro" && w.GetProperty("listed").GetString() == "maduro");
        Assert.Contains(explanation.GetProperty("features").EnumerateArray(), f => f.GetProperty("feature").GetString() == "birth_date" && f.GetProperty("effect").GetDouble() > 0);
    }

    [Fact]
    public void Given_a_name_When_searched_at_a_terminal_width_Then_a_table_names_the_entry()
    {
        var run = VigilRunner.Run(homes.Current, "search", "CEIEC");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("ofac-sdn:30502", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_unknown_type_When_searched_Then_it_is_a_usage_error()
    {
        var run = VigilRunner.Run(homes.Current, "search", "CEIEC", "--type", "planet");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("type: 'planet'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_empty_home_When_searched_Then_it_fails_saying_no_list_is_loaded()
    {
        using var empty = new TempDirectory();

        var run = VigilRunner.Run(empty.Path, "search", "CEIEC");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no list is loaded", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_name_pairs_When_compared_Then_each_pair_gets_a_score_in_order_and_closer_names_score_higher()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("p.csv"), """
            id,name_a,name_b,type
            p1,Nicolas Maduro,"MADURO MOROS, Nicolas",person
            p2,Nicolas Maduro,Nicolas Sarkozy,person
            p3,ACME TRADING LLC,ACME TRADING LIMITED LIABILITY COMPANY,organization
            """);

        var run = VigilRunner.Run(homes.Current, "compare", dir.File("p.csv"), "--out", dir.File("s.jsonl"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = Lines(dir.File("s.jsonl"));
        Assert.Equal(["p1", "p2", "p3"], lines.Select(l => l.GetProperty("id").GetString()));
        var scores = lines.Select(l => l.GetProperty("score").GetDouble()).ToList();
        Assert.All(scores, s => Assert.InRange(s, 0.0, 1.0));
        Assert.True(scores[0] > scores[1]);
        Assert.InRange(scores[2], 0.95, 1.0);
    }
}
