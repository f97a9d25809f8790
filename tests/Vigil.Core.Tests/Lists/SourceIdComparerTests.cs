using Vigil.Core.Lists;

namespace Vigil.Core.Tests.Lists;

public sealed class SourceIdComparerTests
{
    [Fact]
    public void Given_numeric_and_un_style_ids_When_sorted_Then_numbers_order_by_value()
    {
        string[] ids = ["30502", "QDi.10", "9", "QDe.2", "QDi.9", "100", "CDi.001"];

        var sorted = ids.Order(SourceIdComparer.Instance).ToArray();

        Assert.Equal(["9", "100", "30502", "CDi.001", "QDe.2", "QDi.9", "QDi.10"], sorted);
    }

    [Fact]
    public void Given_ids_that_differ_only_in_leading_zeros_When_compared_Then_they_are_still_distinct()
    {
        Assert.NotEqual(0, SourceIdComparer.Instance.Compare("QDi.01", "QDi.1"));
        Assert.Equal(0, SourceIdComparer.Instance.Compare("QDi.01", "QDi.01"));
    }
}
