using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Customers;
using Vigil.Workflows.Screening;

namespace Vigil.Fuzz.Tests.Screening;

/// <summary>Inputs the fuzzer found in the query / customer CSV reader, kept as plain tests.</summary>
public sealed class QueryCsvRegressionTests
{
    [Theory]
    [InlineData("id,name,name\nc1,Ann,Ann\n")]
    [InlineData("id,name,type,,\nc1,Ann,person,,\n")]
    public void A_header_naming_a_column_twice_is_refused_naming_file_and_line_1(string csv)
    {
        using var dir = new TempDirectory();
        var path = dir.File("customers.csv");
        File.WriteAllText(path, csv);

        var screen = Assert.Throws<VigilException>(() => QueryCsv.Read(path).ToList());
        var import = Assert.Throws<VigilException>(() => CustomerFile.Read(path));

        Assert.StartsWith($"{path}: line 1: ", screen.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}: line 1: ", import.Message, StringComparison.Ordinal);
    }
}
