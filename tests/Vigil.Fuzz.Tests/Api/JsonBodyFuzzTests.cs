using Vigil.Fuzz.Tests.Fuzzing;
using Xunit.Abstractions;

namespace Vigil.Fuzz.Tests.Api;

/// <summary>The JSON bodies of the HTTP API (<c>POST /screen</c>, <c>/compare</c>, <c>/screen/text</c>, <c>/alerts/{id}/decision</c>),
/// fuzzed through the real server: its JSON options, body reader and each endpoint's validation.</summary>
public sealed class JsonBodyFuzzTests(ApiHost host, ITestOutputHelper output) : IClassFixture<ApiHost>
{
    [Fact]
    public void A_mutated_request_body_is_answered_200_or_400_naming_the_field_never_500()
    {
        var report = FuzzRunner.Run(new FuzzTarget("json:api", JsonSeeds.All(), input => JsonBodyCheck.Run(input, host)), FuzzSettings.FromEnvironment(), output);

        Assert.True(report.Failures == 0, report.Details());
        Assert.True(report.Accepted > 0 && report.Refused > 0, report.Figures());
    }
}
