using Vigil.Fuzz.Tests.Fuzzing;
using Vigil.Fuzz.Tests.Seeds;
using Vigil.Workflows.Text;
using Xunit.Abstractions;

namespace Vigil.Fuzz.Tests.Payments;

/// <summary>The MT103 and pacs.008 parsers, and screening what they read, fuzzed from the payment fixtures.</summary>
public sealed class PaymentFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void A_mutated_MT103_is_screened_or_refused_naming_its_line_or_field()
    {
        var report = FuzzRunner.Run(new FuzzTarget("mt103", FileSeeds.Mt103(), input => PaymentCheck.Run(input, TextFormat.Mt103, SmallIndex.TextScreener)),
            FuzzSettings.FromEnvironment(), output);

        Assert.True(report.Failures == 0, report.Details());
        Assert.True(report.Accepted > 0 && report.Refused > 0, report.Figures());
    }

    [Fact]
    public void A_mutated_pacs008_is_screened_or_refused_naming_its_line_or_element()
    {
        var report = FuzzRunner.Run(new FuzzTarget("pacs.008", FileSeeds.Pacs008(), input => PaymentCheck.Run(input, TextFormat.Pacs008, SmallIndex.TextScreener)),
            FuzzSettings.FromEnvironment(), output);

        Assert.True(report.Failures == 0, report.Details());
        Assert.True(report.Accepted > 0 && report.Refused > 0, report.Figures());
    }
}
