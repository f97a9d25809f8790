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
}
