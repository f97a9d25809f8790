using System.Text;
using Vigil.Core.Model;
using Vigil.Sources.Ofac;
using Vigil.Tests.Shared;
using static Vigil.Sources.Tests.Ofac.OfacTestFiles;

namespace Vigil.Sources.Tests.Ofac;

/// <summary>An OFAC file cut short never parses: the load fails naming the file and the line, nothing is read in part.</summary>
public class OfacCutShortFileTests
{
    private static readonly string Airline = SdnRow(36, "AEROCARIBBEAN AIRLINES", programs: "CUBA");
    private static readonly string Cuba = SdnRow(306, "BANCO NACIONAL DE CUBA", programs: "CUBA", remarks: "a.k.a. 'BNC'.");

    private static readonly string[] SdnFiles = ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"];

    private static ListFormatException Fails(Func<ListParseResult> parse) => Assert.Throws<ListFormatException>(parse);

    // ---- fixtures: the 2021-07 extract with sdn.csv cut in three ways --------------------------------

    [Fact]
    public void Sdn_cut_inside_the_quoted_remarks_of_its_last_row_fails_naming_sdn_csv_line_10()
    {
        var ex = Fails(() => ParseFixture(OfacParser.Sdn, "ofac-sdn/cut-mid-field"));
        Assert.Equal(("sdn.csv", "line 10"), (ex.File, ex.Place));
        Assert.Contains("never closed", ex.Reason, StringComparison.Ordinal);
        Assert.Contains("cut short", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Sdn_cut_after_the_third_column_of_its_last_row_fails_naming_the_columns_it_has()
    {
        // Before: the row was read in part with a warning, and 30502 CEIEC went live without its remarks.
        var ex = Fails(() => ParseFixture(OfacParser.Sdn, "ofac-sdn/cut-mid-row"));
        Assert.Equal(("sdn.csv", "line 10"), (ex.File, ex.Place));
        Assert.Contains("has 4 of 12 columns", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Sdn_cut_at_a_row_boundary_fails_because_add_csv_refers_past_its_last_ent_num()
    {
        // The cut sdn.csv is well-formed on its own; add.csv still holds 30502's addresses.
        var ex = Fails(() => ParseFixture(OfacParser.Sdn, "ofac-sdn/cut-at-row-boundary"));
        Assert.Equal(("sdn.csv", "line 9"), (ex.File, ex.Place));
        Assert.Contains("add.csv line 26 refers to ent_num 30502", ex.Reason, StringComparison.Ordinal);
        Assert.Contains("cut short", ex.Reason, StringComparison.Ordinal);
    }

    // ---- every cut inside a last row ---------------------------------------------------------------

    [Theory]
    [InlineData("sdn.csv")]
    [InlineData("add.csv")]
    [InlineData("alt.csv")]
    [InlineData("sdn_comments.csv")]
    public void Every_cut_inside_the_last_row_of_a_file_fails_naming_that_file_and_line_unless_only_an_empty_marker_lost_its_tail(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures/ofac-sdn/2021-07-extract");
        var whole = SdnFiles.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(folder, f)));
        var text = Encoding.ASCII.GetString(whole[name]).TrimEnd('\u001A', '\r', '\n');
        var rowStart = text.LastIndexOf('\n') + 1;
        var lastLine = text.Count(c => c == '\n') + 1;
        var row = text[rowStart..];

        var failed = 0;
        for (var keep = 1; keep < row.Length; keep++)
        {
            var files = new Dictionary<string, byte[]>(whole) { [name] = Encoding.ASCII.GetBytes(text[..(rowStart + keep)]) };
            var kept = row[..keep];
            // The 2019-01 files end inside their last "-0- " ("-0", "-0-"): nothing is lost, so that still reads.
            if (row.EndsWith(",-0- ", StringComparison.Ordinal) && (kept == row[..^1] || kept == row[..^2]))
            {
                ParseSdn(files["sdn.csv"], files["add.csv"], files["alt.csv"], files["sdn_comments.csv"]);
                continue;
            }
            var ex = Fails(() => ParseSdn(files["sdn.csv"], files["add.csv"], files["alt.csv"], files["sdn_comments.csv"]));
            Assert.True((ex.File, ex.Place) == (name, $"line {lastLine}"), $"cut after '{kept}': {ex.Message}");
            failed++;
        }
        Assert.True(failed >= row.Length - 3, $"{failed} of {row.Length - 1} cuts failed");
    }

    [Fact]
    public void Last_row_ending_in_a_cut_empty_marker_fails()
    {
        var ex = Fails(() => ParseSdn(Airline + Cuba, add: "306,1,\"Calle 1\",\"Havana\",\"Cuba\",-"));
        Assert.Equal(("add.csv", "line 1"), (ex.File, ex.Place));
        Assert.Contains("'-'", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Last_row_ending_just_after_a_comma_fails()
    {
        var ex = Fails(() => ParseSdn(Airline + Cuba, alt: "306,1,\"aka\",\"BNC\","));
        Assert.Equal(("alt.csv", "line 1"), (ex.File, ex.Place));
        Assert.Contains("empty column 5", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Last_row_of_one_column_fails_even_with_its_line_break()
    {
        var ex = Fails(() => ParseSdn(Airline + Cuba + "99999\r\n"));
        Assert.Equal(("sdn.csv", "line 3"), (ex.File, ex.Place));
        Assert.Contains("has 1 of 12 columns", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_file_cut_inside_its_text_fails_naming_it()
    {
        var ex = Fails(() => ParseSdn(Airline + Cuba, comments: "306,\"Z S.A.S.; Linked To: BAN"));
        Assert.Equal(("sdn_comments.csv", "line 1"), (ex.File, ex.Place));
    }

    [Fact]
    public void Quote_left_open_over_the_last_lines_of_the_file_fails_naming_the_line_where_it_opened()
    {
        // A remark may hold a line break; one whose quote never closes before the end of the file is a cut.
        var ex = Fails(() => ParseSdn(Airline + SdnRow(306, "BANCO NACIONAL DE CUBA", remarks: "x")[..^4] + "a.k.a.\r\n'BNC';\r\nsee"));
        Assert.Equal(("sdn.csv", "line 2"), (ex.File, ex.Place));
        Assert.Contains("never closed", ex.Reason, StringComparison.Ordinal);
    }

    // ---- orphans -------------------------------------------------------------------------------------

    [Theory]
    [InlineData("alt.csv")]
    [InlineData("sdn_comments.csv")]
    public void A_row_past_the_last_ent_num_of_sdn_csv_in_any_other_file_fails_naming_sdn_csv(string file)
    {
        var alt = file == "alt.csv" ? "306,1,\"aka\",\"BNC\",-0- \r\n4243,2,\"aka\",\"SAND SWAN\",-0- \r\n" : "";
        var comments = file == "sdn_comments.csv" ? "4243,\"f.k.a. 'ANA I'.\"\r\n" : "";

        var ex = Fails(() => ParseSdn(Airline + Cuba, alt: alt, comments: comments));

        Assert.Equal(("sdn.csv", "line 2"), (ex.File, ex.Place));
        Assert.Contains($"{file} line {(file == "alt.csv" ? 2 : 1)} refers to ent_num 4243", ex.Reason, StringComparison.Ordinal);
    }

    // ---- the real files ------------------------------------------------------------------------------

    [Fact]
    public void The_real_2021_sdn_csv_cut_at_any_of_60_points_fails_naming_sdn_csv()
    {
        // Inside a row the cut row fails; at a row boundary add.csv refers past the last ent_num. Nothing loads in part.
        var folder = SharedData.Path("ofac-sdn/2021-07");
        var whole = SdnFiles.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(folder, f)));
        var sdn = whole["sdn.csv"];
        var lastRow = Array.LastIndexOf(sdn, (byte)'\n', sdn.Length - 3) + 1;
        var random = new Random(20210707);
        var cuts = Enumerable.Range(0, 40).Select(_ => random.Next(1, lastRow))
            .Concat(Enumerable.Range(0, 20).Select(_ => Array.IndexOf(sdn, (byte)'\n', random.Next(1, lastRow - 1)) + 1));

        foreach (var cut in cuts)
        {
            var ex = Fails(() => ParseSdn(sdn[..cut], whole["add.csv"], whole["alt.csv"], whole["sdn_comments.csv"]));
            Assert.Equal("sdn.csv", ex.File);
            Assert.Matches(@"^line \d+$", ex.Place);
        }
    }

    [Fact]
    public void The_real_2019_sdn_files_ending_inside_their_last_empty_marker_parse_whole_without_row_warnings()
    {
        // add.csv ends in "-0", alt.csv in "-0-", no file in a line break (data/README.md); counts and kinds: OfacRealListTests.
        var r = ParseShared(OfacParser.Sdn, "ofac-sdn/2019-01");
        Assert.Equal(7379, r.Entities.Count);
        Assert.DoesNotContain(r.Warnings, w => w.Message.Contains("columns", StringComparison.Ordinal));
        Assert.DoesNotContain(r.Warnings, w => w.Field == "ent_num");
    }

    // ---- size bound ----------------------------------------------------------------------------------

    [Fact]
    public void A_60_MB_row_fails_naming_file_and_line_instead_of_crashing()
    {
        // Before: Sep's NotSupportedException ("maximum supported length of 16777216") escaped as a stack trace.
        var huge = SdnRow(306, "BANCO NACIONAL DE CUBA", remarks: new string('A', 60_000_000));
        var ex = Fails(() => ParseSdn(Airline + huge + SdnRow(4243, "SAND SWAN")));
        Assert.Equal(("sdn.csv", "line 2"), (ex.File, ex.Place));
        Assert.Contains("1,048,576", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_just_over_the_limit_fails_naming_its_line_and_column()
    {
        var big = SdnRow(306, "BANCO NACIONAL DE CUBA", remarks: new string('A', ListLimits.MaxFieldChars + 1));
        var ex = Fails(() => ParseSdn(Airline + big + SdnRow(4243, "SAND SWAN")));
        Assert.Equal(("sdn.csv", "line 2"), (ex.File, ex.Place));
        Assert.Contains("column 12 holds 1,048,577 characters", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_at_the_limit_still_reads()
    {
        var big = SdnRow(306, "BANCO NACIONAL DE CUBA", remarks: new string('A', ListLimits.MaxFieldChars));
        Assert.Equal(2, ParseSdn(Airline + big).Entities.Count);
    }
}
