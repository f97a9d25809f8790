using System.Text;
using System.Text.RegularExpressions;
using Vigil.Core.Model;
using Vigil.Tests.Shared;

namespace Vigil.Sources.Tests.Un;

/// <summary>Files that cannot be the UN list fail as a whole, naming the file and the line.</summary>
public sealed partial class UnMalformedListTests
{
    private static ListFormatException Fails(string name, byte[] content) =>
        Assert.Throws<ListFormatException>(() => UnFixture.ParseBytes(name, content));

    // "line 12, position 7"
    [GeneratedRegex(@"^line (?<line>\d+), position \d+$")]
    private static partial Regex Place();

    private static int LineOf(ListFormatException ex)
    {
        var m = Place().Match(ex.Place);
        Assert.True(m.Success, $"place '{ex.Place}' names no line");
        Assert.StartsWith($"{ex.File}: {ex.Place}: ", ex.Message);
        return int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task An_empty_record_element_is_passed_over_with_a_warning_and_does_not_hang_the_reader()
    {
        // Found by fuzzing: a self-closing <ENTITY/> among the individuals left the reader on it, reading it forever.
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00Z">
              <INDIVIDUALS>
                <ENTITY/>
                <INDIVIDUAL><REFERENCE_NUMBER>QDi.901</REFERENCE_NUMBER><FIRST_NAME>AMIR</FIRST_NAME><SECOND_NAME>EXAMPLE</SECOND_NAME></INDIVIDUAL>
              </INDIVIDUALS>
              <ENTITIES/>
            </CONSOLIDATED_LIST>
            """;
        var result = await Task.Run(() => UnFixture.ParseBytes("consolidated.xml", System.Text.Encoding.UTF8.GetBytes(xml)))
            .WaitAsync(TimeSpan.FromSeconds(10)); // a TimeoutException here: the reader hung on the empty element
        Assert.Equal(["QDi.901"], result.Entities.Select(e => e.SourceId));
        Assert.Contains(result.Warnings, w => w.Line == 4);
    }

    [Fact]
    public void An_empty_file_is_not_a_list()
    {
        var ex = Fails("empty.xml", []);
        Assert.Equal("empty.xml", ex.File);
        Assert.Equal(1, LineOf(ex));
    }

    [Fact]
    public void The_first_half_of_the_real_file_is_truncated()
    {
        var full = File.ReadAllBytes(SharedData.Path("un/consolidated-2026-02.xml"));
        var half = full[..(full.Length / 2)];
        var ex = Fails("consolidated-half.xml", half);
        Assert.Equal("consolidated-half.xml", ex.File);
        // The reader fails where the bytes end: on the last line of the half.
        var lines = half.Count(b => b == (byte)'\n') + 1;
        Assert.InRange(LineOf(ex), lines - 1, lines);
    }

    [Fact]
    public void Binary_garbage_is_not_a_list()
    {
        var garbage = new byte[4096];
        new Random(20260227).NextBytes(garbage);
        garbage[0] = 0x00;
        var ex = Fails("garbage.bin", garbage);
        Assert.Equal("garbage.bin", ex.File);
        Assert.Equal(1, LineOf(ex));
    }

    [Fact]
    public void Invalid_UTF8_fails_at_its_line()
    {
        var head = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CONSOLIDATED_LIST dateGenerated=\"2026-02-27\">\n<INDIVIDUALS>\n<INDIVIDUAL>\n<FIRST_NAME>AB");
        var tail = Encoding.UTF8.GetBytes("CD</FIRST_NAME>\n<REFERENCE_NUMBER>QDi.999</REFERENCE_NUMBER>\n</INDIVIDUAL>\n</INDIVIDUALS>\n</CONSOLIDATED_LIST>\n");
        byte[] bad = [.. head, 0xC3, 0x28, 0xFF, .. tail];
        var ex = Fails("bad-utf8.xml", bad);
        Assert.Equal(5, LineOf(ex));
    }

    [Fact]
    public void Xml_with_another_root_is_not_the_UN_list()
    {
        var sdn = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n\n<sdnList xmlns=\"http://tempuri.org/sdnList.xsd\">\n<sdnEntry/>\n</sdnList>\n");
        var ex = Fails("sdn.xml", sdn);
        Assert.Equal(3, LineOf(ex));
        Assert.Contains("sdnList", ex.Reason);
        Assert.Contains("CONSOLIDATED_LIST", ex.Reason);
    }

    [Fact]
    public void Csv_text_is_not_a_list()
    {
        var csv = Encoding.UTF8.GetBytes("36,25,-0- ,\"Havana\",\"Cuba\",-0- \r\n");
        Assert.Equal(1, LineOf(Fails("add.csv", csv)));
    }

    [Fact]
    public void A_document_type_declaration_is_refused()
    {
        // Entity expansion ("billion laughs") needs a DTD; the reader prohibits them outright.
        var dtd = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY a \"aaaa\">]>\n<CONSOLIDATED_LIST>&a;</CONSOLIDATED_LIST>\n");
        var ex = Fails("dtd.xml", dtd);
        Assert.Contains("refused", ex.Reason);
        Assert.Contains("for safety", ex.Reason);
        // .NET's own text advises turning DTD processing on; that advice is not passed on.
        Assert.DoesNotContain("DtdProcessing", ex.Message);
        Assert.DoesNotContain("XmlReaderSettings", ex.Message);
        // XmlReader gives this error no position; the DOCTYPE is found in the file's first bytes.
        Assert.Equal("line 2, position 1", ex.Place);
    }

    [Fact]
    public void No_file_at_all_is_refused()
    {
        var ex = Assert.Throws<ListFormatException>(() => Vigil.Sources.Un.UnParser.Instance.Parse(new ListInput([])));
        Assert.Contains("no file", ex.Reason);
    }
}
