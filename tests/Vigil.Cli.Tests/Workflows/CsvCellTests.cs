using Vigil.Workflows;

namespace Vigil.Cli.Tests.Workflows;

/// <summary><see cref="CsvCell"/>: OWASP's CSV-injection rule, the one every CSV Vigil writes follows.</summary>
public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("+1")]
    [InlineData("-2")]
    [InlineData("@SUM(1)")]
    [InlineData("\tHYPERLINK")]
    [InlineData("\r=1")]
    public void A_cell_starting_with_a_formula_trigger_gets_a_leading_quote_and_keeps_its_text(string value) =>
        Assert.Equal("'" + value, CsvCell.Neutralise(value));

    [Theory]
    [InlineData("Nicolás Maduro")]
    [InlineData("0.9731")]
    [InlineData("1")]
    [InlineData("a=b")]
    [InlineData("")]
    public void Any_other_cell_is_left_as_it_is(string value) => Assert.Equal(value, CsvCell.Neutralise(value));
}
