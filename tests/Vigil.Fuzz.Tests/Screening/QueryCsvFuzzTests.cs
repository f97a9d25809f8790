using Vigil.Fuzz.Tests.Fuzzing;
using Vigil.Fuzz.Tests.Seeds;
using Xunit.Abstractions;

namespace Vigil.Fuzz.Tests.Screening;

/// <summary>The query CSV (<c>vigil screen</c>) and customer CSV (<c>vigil customers import</c>) readers, fuzzed from the real query file.</summary>
public sealed class QueryCsvFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void A_mutated_query_file_is_screened_row_by_row_or_refused_naming_file_and_line()
    {
        var report = FuzzRunner.Run(new FuzzTarget("csv:queries", FileSeeds.QueryCsv(), input => QueryCsvCheck.Queries(input, SmallIndex.Screener)),
            FuzzSettings.FromEnvironment(), output);

        Assert.True(report.Failures == 0, report.Details());
        Assert.True(report.Accepted > 0 && report.Refused > 0, report.Figures());
    }

    [Fact]
    public void A_mutated_customer_file_is_imported_or_refused_naming_file_and_line()
    {
        var report = FuzzRunner.Run(new FuzzTarget("csv:customers", FileSeeds.QueryCsv(), QueryCsvCheck.Customers), FuzzSettings.FromEnvironment(), output);

        Assert.True(report.Failures == 0, report.Details());
        Assert.True(report.Accepted > 0 && report.Refused > 0, report.Figures());
    }
}
