using System.Text;
using Vigil.Core.Model;

namespace Vigil.Sources.Tests.Un;

/// <summary>A UN list that ends early never parses, and no text beyond <see cref="ListLimits.MaxFieldChars"/> is read.</summary>
public sealed class UnCutShortListTests
{
    private const string Head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CONSOLIDATED_LIST dateGenerated=\"2026-02-27\">\n<INDIVIDUALS>\n<INDIVIDUAL>\n";
    private const string Tail = "<REFERENCE_NUMBER>QDi.999</REFERENCE_NUMBER>\n</INDIVIDUAL>\n</INDIVIDUALS>\n</CONSOLIDATED_LIST>\n";

    private static ListFormatException Fails(string name, byte[] content) =>
        Assert.Throws<ListFormatException>(() => UnFixture.ParseBytes(name, content));

    private static int LineOf(ListFormatException ex)
    {
        Assert.Matches(@"^line \d+, position \d+$", ex.Place);
        return int.Parse(ex.Place.Split(' ', ',')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void A_list_whose_root_is_never_closed_fails_naming_the_file_and_its_last_line()
    {
        // Fixtures/un/cut-short.xml is entities.xml without its last line, </CONSOLIDATED_LIST>: every record is whole.
        var bytes = File.ReadAllBytes(UnFixture.PathOf("cut-short.xml"));
        var ex = Fails("cut-short.xml", bytes);
        Assert.Equal("cut-short.xml", ex.File);
        var lines = bytes.Count(b => b == (byte)'\n');
        Assert.InRange(LineOf(ex), lines, lines + 1);
        Assert.Contains("CONSOLIDATED_LIST", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_one_of_60_cuts_of_a_list_fails_naming_the_file_and_the_line_where_the_bytes_end()
    {
        var whole = File.ReadAllBytes(UnFixture.PathOf("entities.xml"));
        // The last cut that loses something drops the '>' of </CONSOLIDATED_LIST>.
        var lastCut = whole.AsSpan().LastIndexOf("</CONSOLIDATED_LIST>"u8) + "</CONSOLIDATED_LIST".Length;
        var random = new Random(20260227);
        var cuts = Enumerable.Range(0, 55).Select(_ => random.Next(1, lastCut)).Concat([lastCut, lastCut - 1, lastCut - 10, lastCut - 20, lastCut - 21]);

        foreach (var cut in cuts)
        {
            var part = whole[..cut];
            var ex = Fails("consolidated-cut.xml", part);
            Assert.Equal("consolidated-cut.xml", ex.File);
            var lines = part.Count(b => b == (byte)'\n') + 1;
            Assert.True(LineOf(ex) >= lines - 1 && LineOf(ex) <= lines, $"cut at {cut} (line {lines}): {ex.Message}");
        }
    }

    [Fact]
    public void The_whole_list_still_parses()
    {
        Assert.NotEmpty(UnFixture.ParseBytes("entities.xml", File.ReadAllBytes(UnFixture.PathOf("entities.xml"))).Entities);
    }

    [Fact]
    public void A_name_just_over_the_field_limit_fails_naming_its_line()
    {
        var name = new string('A', ListLimits.MaxFieldChars + 1);
        var ex = Fails("big.xml", Encoding.UTF8.GetBytes(Head + "<FIRST_NAME>" + name + "</FIRST_NAME>\n" + Tail));
        Assert.Equal(("big.xml", 5), (ex.File, LineOf(ex)));
        Assert.Contains("<FIRST_NAME> holds more than 1,048,576 characters", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_60_MB_comment_fails_naming_its_line_instead_of_going_live()
    {
        var text = new string('x', 60_000_000);
        var ex = Fails("huge.xml", Encoding.UTF8.GetBytes(Head + "<FIRST_NAME>A</FIRST_NAME>\n<COMMENTS1>" + text + "</COMMENTS1>\n" + Tail));
        Assert.Equal(("huge.xml", 6), (ex.File, LineOf(ex)));
    }

    [Fact]
    public void A_name_at_the_field_limit_still_reads()
    {
        var name = new string('A', ListLimits.MaxFieldChars);
        var r = UnFixture.ParseBytes("big.xml", Encoding.UTF8.GetBytes(Head + "<FIRST_NAME>" + name + "</FIRST_NAME>\n" + Tail));
        Assert.Equal(ListLimits.MaxFieldChars, Assert.Single(r.Entities).Names[0].Full.Length);
    }

    [Fact]
    public void Warnings_name_the_file_as_given()
    {
        // Before: a file loaded from disk reached the parser as "consolidated.xml" whatever its name (fixed in ListFiles;
        // the end-to-end check is TruncatedListTests in Vigil.Cli.Tests).
        var r = UnFixture.ParseBytes("un-2026-03-02.xml", File.ReadAllBytes(UnFixture.PathOf("odd.xml")));
        Assert.NotEmpty(r.Warnings);
        Assert.All(r.Warnings, w => Assert.Equal("un-2026-03-02.xml", w.File));
    }
}
