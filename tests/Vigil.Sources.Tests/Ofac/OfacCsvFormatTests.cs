using Vigil.Core.Model;
using Vigil.Sources.Ofac;
using static Vigil.Sources.Tests.Ofac.OfacTestFiles;

namespace Vigil.Sources.Tests.Ofac;

/// <summary>The legacy CSV format: its quirks are read, odd rows become warnings, unusable files throw naming file and line.</summary>
public class OfacCsvFormatTests
{
    private static readonly string Cuba = SdnRow(306, "BANCO NACIONAL DE CUBA", programs: "CUBA", remarks: "a.k.a. 'BNC'.");
    private static readonly string Airline = SdnRow(36, "AEROCARIBBEAN AIRLINES", programs: "CUBA");

    // ---- quirks of well-formed files ----------------------------------------------------------------

    [Fact]
    public void Unquoted_zero_marker_with_trailing_space_is_an_empty_field()
    {
        var e = Assert.Single(ParseSdn(Airline).Entities);
        Assert.Equal(EntityKind.Organization, e.Kind);   // SDN_Type "-0- "
        Assert.Empty(e.Titles);
        Assert.Null(e.Vessel);
        Assert.Null(e.Remarks);
    }

    [Fact]
    public void Crlf_file_ending_in_a_dos_eof_byte_is_read_without_warnings()
    {
        var r = ParseFixture(OfacParser.Sdn, "ofac-sdn/2021-07-extract");
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures/ofac-sdn/2021-07-extract/sdn.csv"));
        Assert.Equal(0x1A, bytes[^1]);            // the fixture really has the quirk
        Assert.Equal((byte)'\r', bytes[^3]);
        Assert.Equal(10, r.Entities.Count);
        Assert.Empty(r.Warnings);
    }

    [Fact]
    public void Lf_file_without_newline_after_the_last_row_reads_the_last_row_whole()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures/ofac-sdn/2019-01-extract/sdn.csv"));
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'"', bytes[^1]);

        var r = ParseFixture(OfacParser.Sdn, "ofac-sdn/2019-01-extract");
        Assert.Empty(r.Warnings);
        var last = r.Entities[^1];
        Assert.Equal("26235", last.SourceId);
        Assert.Equal("USA REALLY", Assert.Single(last.Links).TargetName);
        // add.csv of 2019-01 is cut inside the last empty marker ("-0"): still empty.
        Assert.Null(Assert.Single(last.Addresses, a => a.City == "St. Petersburg").Note);
    }

    [Fact]
    public void Unknown_extra_columns_are_ignored_with_a_warning_naming_file_and_line()
    {
        var r = ParseSdn(Airline + Cuba.TrimEnd() + ",\"extra\",42\r\n");
        var e = r.Entities[1];
        Assert.Equal("BNC", e.Names[1].Full);
        Assert.Equal("a.k.a. 'BNC'.", e.Remarks);
        var w = Assert.Single(r.Warnings);
        Assert.Equal(("sdn.csv", 2), (w.File, w.Line));
        Assert.Contains("14 columns, expected 12", w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Doubled_quotes_inside_a_quoted_field_read_as_one_quote()
    {
        var e = Assert.Single(ParseSdn(SdnRow(306, "BANCO \"\"NACIONAL\"\" DE CUBA", remarks: "a.k.a. \"\"BNC\"\".")).Entities);
        Assert.Equal("BANCO \"NACIONAL\" DE CUBA", e.Name);
        Assert.Equal("a.k.a. \"BNC\".", e.Remarks);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_not_part_of_the_first_ent_num()
    {
        var r = ParseSdn([0xEF, 0xBB, 0xBF, .. Bytes(Cuba)]);
        Assert.Equal("306", Assert.Single(r.Entities).SourceId);
        Assert.Empty(r.Warnings);
    }

    // ---- missing files ------------------------------------------------------------------------------

    [Fact]
    public void Quote_left_open_over_ten_rows_throws_naming_the_file_and_the_line_where_it_opened()
    {
        // Before: the eleven rows merged into one garbage entity and the other ten parties vanished.
        var ex = Assert.Throws<ListFormatException>(() => ParseFixture(OfacParser.Sdn, "ofac-sdn/unbalanced-quote"));
        Assert.Equal("sdn.csv", ex.File);
        Assert.Contains("line 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("unbalanced quote", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_remarks_with_a_line_break_that_starts_no_record_still_read()
    {
        var e = Assert.Single(ParseSdn(SdnRow(306, "BANCO NACIONAL DE CUBA", remarks: "a.k.a. 'BNC';\r\nsee also X.")).Entities);
        Assert.Contains("see also X.", e.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_main_file_throws_naming_it()
    {
        var ex = Assert.Throws<ListFormatException>(() => ParseSdn((byte[]?)null));
        Assert.Equal("sdn.csv", ex.File);
        Assert.Contains("sdn.csv", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_consolidated_main_file_throws_naming_it()
    {
        var files = new List<ListFile> { new("cons_add.csv", new MemoryStream()), new("cons_alt.csv", new MemoryStream()), new("cons_comments.csv", new MemoryStream()) };
        var ex = Assert.Throws<ListFormatException>(() => OfacParser.Consolidated.Parse(new ListInput(files)));
        Assert.Equal("cons_prim.csv", ex.File);
    }

    [Fact]
    public void Missing_alias_file_throws_naming_it()
    {
        var files = new List<ListFile> { new("sdn.csv", new MemoryStream(Bytes(Cuba))), new("add.csv", new MemoryStream()), new("sdn_comments.csv", new MemoryStream()) };
        var ex = Assert.Throws<ListFormatException>(() => OfacParser.Sdn.Parse(new ListInput(files)));
        Assert.Equal("alt.csv", ex.File);
    }

    [Fact]
    public void Missing_comments_file_is_a_warning_and_the_rest_is_parsed()
    {
        var files = new List<ListFile> { new("sdn.csv", new MemoryStream(Bytes(Cuba))), new("add.csv", new MemoryStream()), new("alt.csv", new MemoryStream()) };
        var r = OfacParser.Sdn.Parse(new ListInput(files));
        Assert.Single(r.Entities);
        Assert.Equal("sdn_comments.csv", Assert.Single(r.Warnings).File);
    }

    // ---- unusable files -----------------------------------------------------------------------------

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    [InlineData("\u001A")]
    public void Empty_main_file_throws_naming_file_and_line(string content)
    {
        var ex = Assert.Throws<ListFormatException>(() => ParseSdn(content));
        Assert.Equal("sdn.csv", ex.File);
        Assert.Equal("line 1", ex.Place);
        Assert.StartsWith("sdn.csv: line 1: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_throws_naming_file_and_line()
    {
        byte[] bad = [.. Bytes(Airline), .. Bytes("306,\"BANCO NACIONAL DE CUBA"), 0xC3, 0x28, .. Bytes("\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n")];
        var ex = Assert.Throws<ListFormatException>(() => ParseSdn(bad));
        Assert.Equal(("sdn.csv", "line 2"), (ex.File, ex.Place));
        Assert.Contains("UTF-8", ex.Reason, StringComparison.Ordinal);
        Assert.Contains("0xC3", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_deep_in_a_large_file_is_reported_on_its_own_line()
    {
        var rows = string.Concat(Enumerable.Range(1, 3000).Select(i => SdnRow(i, "ENTRY " + i, remarks: "a.k.a. 'E" + i + "'.")));
        byte[] bad = [.. Bytes(rows), .. Bytes("3001,\"CAF"), 0xC9, .. Bytes("\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"), .. Bytes(Airline)];
        var ex = Assert.Throws<ListFormatException>(() => ParseSdn(bad));
        Assert.Equal("line 3001", ex.Place);
    }

    [Fact]
    public void Utf8_sequence_cut_off_at_the_end_of_the_file_is_invalid()
    {
        var ex = Assert.Throws<ListFormatException>(() => ParseSdn([.. Bytes(Airline), 0xC3]));
        Assert.Equal(("line 2", true), (ex.Place, ex.Reason.Contains("0xC3", StringComparison.Ordinal)));
    }

    [Fact]
    public void Invalid_utf8_in_the_alias_file_names_that_file()
    {
        byte[] alt = [.. Bytes("306,1,\"aka\",\"BNC\",-0- \r\n306,2,\"aka\",\"B"), 0xFF, .. Bytes("NC\",-0- \r\n")];
        var ex = Assert.Throws<ListFormatException>(() => ParseSdn(Bytes(Cuba), alt: alt));
        Assert.Equal(("alt.csv", "line 2"), (ex.File, ex.Place));
    }

    [Fact]
    public void Binary_garbage_throws_naming_file_and_line()
    {
        var garbage = new byte[4096];
        new Random(20210707).NextBytes(garbage);
        var ex = Assert.Throws<ListFormatException>(() => ParseSdn(garbage));
        Assert.Equal("sdn.csv", ex.File);
        Assert.Matches(@"^line \d+$", ex.Place);
    }

    [Fact]
    public void Control_characters_that_are_valid_utf8_still_count_as_binary()
    {
        byte[] nul = [.. Bytes(Airline), 0x00, 0x00, 0x01, .. Bytes(Cuba)];
        var ex = Assert.Throws<ListFormatException>(() => ParseSdn(nul));
        Assert.Equal("line 2", ex.Place);
        Assert.Contains("0x00", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void File_of_another_shape_throws_naming_file_and_first_odd_line()
    {
        // alt.csv rows (5 columns) handed over as sdn.csv.
        const string aliases = "306,1,\"aka\",\"BNC\",-0- \r\n306,2,\"aka\",\"NATIONAL BANK OF CUBA\",-0- \r\n";
        var ex = Assert.Throws<ListFormatException>(() => ParseSdn(aliases));
        Assert.Equal(("sdn.csv", "line 1"), (ex.File, ex.Place));
        Assert.Contains("12 columns", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void File_with_a_header_row_and_three_column_rows_throws()
    {
        const string text = "ent_num,name,type\r\n1,\"A\",\"individual\"\r\n2,\"B\",\"individual\"\r\n";
        var ex = Assert.Throws<ListFormatException>(() => ParseSdn(text));
        Assert.Equal("line 1", ex.Place);
    }

    // ---- odd rows -----------------------------------------------------------------------------------

    [Fact]
    public void Row_with_three_columns_is_read_in_part_with_a_warning_on_its_line()
    {
        var r = ParseSdn(Airline + "4243,\"SAND SWAN\",\"vessel\"\r\n" + Cuba);
        Assert.Equal(["36", "4243", "306"], r.Entities.Select(e => e.SourceId));
        Assert.Equal(EntityKind.Vessel, r.Entities[1].Kind);
        var w = Assert.Single(r.Warnings);
        Assert.Equal(("sdn.csv", 2), (w.File, w.Line));
        Assert.Contains("3 columns", w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_with_one_column_inside_the_file_is_skipped_with_a_warning()
    {
        // As the last row, the same row is a cut (OfacCutShortFileTests); inside the file it is an odd row.
        var r = ParseSdn(Airline + "99999\r\n" + Cuba);
        Assert.Equal(2, r.Entities.Count);
        Assert.Equal(2, Assert.Single(r.Warnings).Line);
    }

    [Fact]
    public void Non_numeric_ent_num_skips_the_row_with_a_warning()
    {
        var r = ParseSdn(Airline + Cuba.Replace("306,", "3O6,", StringComparison.Ordinal));
        Assert.Equal("36", Assert.Single(r.Entities).SourceId);
        var w = Assert.Single(r.Warnings);
        Assert.Equal((2, "ent_num"), (w.Line, w.Field));
        Assert.Contains("'3O6'", w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ent_num_keeps_the_first_row_and_warns()
    {
        var r = ParseSdn(Cuba + SdnRow(306, "OTHER BANK"));
        Assert.Equal("BANCO NACIONAL DE CUBA", Assert.Single(r.Entities).Name);
        Assert.Equal(2, Assert.Single(r.Warnings).Line);
    }

    [Fact]
    public void Orphan_alias_and_address_rows_below_the_last_ent_num_are_warned_with_their_lines_and_skipped()
    {
        // Orphans past the last ent_num mean a cut main file and fail (OfacCutShortFileTests); these cannot.
        var r = ParseSdn(Cuba,
            add: "299,2,\"Nowhere 1\",\"Nowhere\",\"Cuba\",-0- \r\n306,1,\"Calle 1\",\"Havana\",\"Cuba\",-0- \r\n",
            alt: "299,1,\"aka\",\"GHOST\",-0- \r\n306,2,\"aka\",\"NATIONAL BANK OF CUBA\",-0- \r\n",
            comments: "298,\"orphan overflow\"\r\n");
        var e = Assert.Single(r.Entities);
        Assert.Equal(["BANCO NACIONAL DE CUBA", "NATIONAL BANK OF CUBA", "BNC"], e.Names.Select(n => n.Full));
        Assert.Equal("Havana", Assert.Single(e.Addresses).City);
        Assert.Equal(
            [("add.csv", 1), ("alt.csv", 1), ("sdn_comments.csv", 1)],
            r.Warnings.Select(w => (w.File, w.Line)).Order());
        Assert.All(r.Warnings, w => Assert.Equal("ent_num", w.Field));
    }

    [Fact]
    public void Unknown_alias_type_is_read_as_aka_with_a_warning()
    {
        var r = ParseSdn(Cuba, alt: "306,1,\"xka\",\"NATIONAL BANK OF CUBA\",-0- \r\n");
        Assert.Equal(NameRole.Alias, Assert.Single(r.Entities).Names[1].Role);
        Assert.Equal(("alt.csv", 1, "alt_type"), (r.Warnings[0].File, r.Warnings[0].Line, r.Warnings[0].Field));
    }

    [Fact]
    public void Unreadable_remark_fact_is_warned_on_the_entry_line_and_the_rest_is_read()
    {
        var r = ParseSdn(Airline + SdnRow(22790, "MADURO MOROS, Nicolas", "individual", remarks: "DOB 31 Feb 1962; citizen Venezuela."));
        var e = r.Entities[1];
        Assert.Equal(["VE"], e.Citizenships);
        Assert.Empty(e.BirthDates);
        var w = Assert.Single(r.Warnings);
        Assert.Equal(("sdn.csv", 2, "Remarks.DOB"), (w.File, w.Line, w.Field));
    }

    [Fact]
    public void Unknown_sdn_type_leaves_kind_unknown_with_a_warning()
    {
        var r = ParseSdn(SdnRow(1, "SOMETHING", "spaceship"));
        Assert.Equal(EntityKind.Unknown, Assert.Single(r.Entities).Kind);
        Assert.Equal("SDN_Type", Assert.Single(r.Warnings).Field);
    }
}
