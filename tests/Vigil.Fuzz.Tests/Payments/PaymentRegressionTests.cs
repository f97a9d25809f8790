using System.Diagnostics;
using Vigil.Sources.Payments;
using Vigil.Tests.Shared;

namespace Vigil.Fuzz.Tests.Payments;

/// <summary>Inputs the fuzzer found, kept as plain tests.</summary>
public sealed class PaymentRegressionTests
{
    /// <summary>Found by the pacs.008 target (InsertNesting, 100,000 deep): XDocument.Load took 130 s, so one POST /screen/text
    /// of 300 KB held a core for minutes. Now refused by a linear first pass, naming the line.</summary>
    [Fact]
    public void A_pacs008_nested_100000_elements_deep_is_refused_in_seconds_naming_the_line()
    {
        var message = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "tests", "Vigil.Cli.Tests", "Fixtures", "text", "pacs008-clean-beneficiary.xml"));
        var at = message.IndexOf("</GrpHdr>", StringComparison.Ordinal) + "</GrpHdr>".Length + 1;
        var fuzzed = message[..at] + string.Concat(Enumerable.Repeat("<a>", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000)) + message[at..];

        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<PaymentFormatException>(() => Pacs008Parser.Parse(fuzzed));

        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 5);
        Assert.Contains("line 10", error.Message, StringComparison.Ordinal);
        Assert.Contains($"at most {Pacs008Parser.MaxDepth}", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Found by the MT103 target in CI (a bare <c>-}</c> inside a 59F name line): block 4 then ends inside the line, whose
    /// "1/" name was cut to nothing, and the name's range ran backwards (<see cref="ArgumentOutOfRangeException"/>).</summary>
    [Fact]
    public void An_mt103_whose_block_ends_inside_a_name_line_is_read_or_refused_naming_the_field_never_thrown()
    {
        var message = "{1:F01BANKGB2LAXXX0000000000}{2:I103BANKUS33XXXXN}{4:\n:20:REF1\n:32A:260101USD1000,\n" +
                      ":50K:/123456\nJOHN EXAMPLE\n:59F:/CN0011223344\n1/-}MATERIAL CO LTD\n";
        try
        {
            var parsed = Mt103Parser.Parse(message);
            Assert.All(parsed.Parties, p => Assert.InRange(p.Start, 0, p.End));
        }
        catch (PaymentFormatException ex)
        {
            Assert.Contains("field 59F", ex.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>Found by the MT103 target in CI (InsertHuge, 70,000 letters glued to a 50F name word): the name scorer took
    /// 90 s on the field. A name field beyond a name's limits is now read as text, which is linear and still finds the listed
    /// party written after the residue.</summary>
    [Fact]
    public void An_mt103_name_field_of_70000_characters_is_read_as_text_in_seconds_and_its_listed_party_found()
    {
        var message = "{1:F01BANKGB2LAXXX0000000000}{2:I103BANKUS33XXXXN}{4:\n:20:REF1\n:32A:260101USD1000,\n" +
                      ":50F:/GB29NWBK60161331926819\n1/ORION SHIPPING" + new string('A', 70_000) + "\n1/AEROCARIBBEAN AIRLINES\n2/12 HARBOUR STREET\n" +
                      ":59:/123456\nJOHN EXAMPLE\n-}";

        var screener = Seeds.SmallIndex.TextScreener; // built before the clock starts
        var clock = Stopwatch.StartNew();
        var hits = Vigil.Workflows.Text.ScreenText.Run(screener, message, Vigil.Workflows.Text.TextFormat.Mt103, new Core.FreeText.FreeTextOptions());

        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 5);
        var hit = Assert.Single(hits, h => h.Mention.Hit.Entity.SourceId == "36");
        Assert.Equal("50F", hit.Field);
        Assert.Equal("AEROCARIBBEAN AIRLINES", hit.Mention.Text);
    }

    /// <summary>Found by the pacs.008 target in CI (InsertHuge in a debtor agent's BICFI): a party known only by its BIC is
    /// searched by that BIC as its name, and 70,000 letters of it took the name scorer minutes. Read as text now.</summary>
    [Fact]
    public void A_pacs008_agent_bic_of_70000_characters_is_read_as_text_in_seconds()
    {
        var message = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "tests", "Vigil.Fuzz.Tests", "Fixtures", "payments", "pacs008-two-transactions.xml"));
        var at = message.IndexOf("<BICFI>", StringComparison.Ordinal) + "<BICFI>".Length;
        Assert.True(at > "<BICFI>".Length, "the fixture names an agent by BIC");
        var fuzzed = message[..at] + "COBADEFF" + new string('A', 70_000) + message[(message.IndexOf("</BICFI>", at, StringComparison.Ordinal))..];

        var screener = Seeds.SmallIndex.TextScreener; // built before the clock starts
        var clock = Stopwatch.StartNew();
        Vigil.Workflows.Text.ScreenText.Run(screener, fuzzed, Vigil.Workflows.Text.TextFormat.Pacs008, new Core.FreeText.FreeTextOptions());

        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 5);
    }

    [Fact]
    public void A_pacs008_nested_as_deep_as_allowed_is_still_read()
    {
        var message = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "tests", "Vigil.Cli.Tests", "Fixtures", "text", "pacs008-clean-beneficiary.xml"));
        var at = message.IndexOf("</GrpHdr>", StringComparison.Ordinal) + "</GrpHdr>".Length + 1;
        // The group header's siblings sit at depth 2; the nesting reaches depth MaxDepth - 1, the last depth allowed.
        var depth = Pacs008Parser.MaxDepth - 2;
        var nested = message[..at] + string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth)) + message[at..];

        Assert.NotEmpty(Pacs008Parser.Parse(nested).Parties);
    }

    /// <summary>Found by the pacs.008 target (a CR byte set inside a tag): XML counts a lone CR as a line break and the parser did
    /// not, so offsets ran past the message (<see cref="ArgumentOutOfRangeException"/>) or pointed at the wrong words.</summary>
    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    public void A_pacs008_with_bare_carriage_returns_keeps_every_party_offset_on_its_name(string lineEnd)
    {
        var message = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "tests", "Vigil.Cli.Tests", "Fixtures", "text", "pacs008-listed-beneficiary.xml"))
            .Replace("\r\n", "\n", StringComparison.Ordinal);
        var fuzzed = message.Replace("</SttlmInf>", "</SttlmInf\r>", StringComparison.Ordinal).Replace("\n", lineEnd, StringComparison.Ordinal);

        var parsed = Pacs008Parser.Parse(fuzzed);

        Assert.Contains(parsed.Parties, p => p.Name == "Nicolas Madurro Moros");
        Assert.All(parsed.Parties.Where(p => p.Name is not null), p => Assert.Equal(p.Name, fuzzed[p.Start..p.End].Trim()));
    }
}
