using Vigil.Core.Text;

namespace Vigil.Core.Tests.Text;

public sealed class MonthsTests
{
    [Theory]
    [InlineData("january", 1)]
    [InlineData("sep", 9)]
    [InlineData("sept", 9)]
    [InlineData("may", 5)]
    [InlineData("dec", 12)]
    public void A_name_or_a_prefix_of_three_letters_or_more_names_a_month(string word, int month) =>
        Assert.Equal(month, Months.FromName(word));

    [Theory]
    [InlineData("se")]
    [InlineData("septembre")]
    [InlineData("enero")]
    public void A_shorter_prefix_or_another_word_names_no_month(string word) =>
        Assert.Null(Months.FromName(word));

    [Theory]
    [InlineData("Nov", 11)]
    [InlineData("NOV", 11)]
    [InlineData("jan", 1)]
    public void A_three_letter_abbreviation_names_a_month_in_any_case(string word, int month) =>
        Assert.Equal(month, Months.FromAbbreviation(word));

    [Theory]
    [InlineData("Sept")]
    [InlineData("November")]
    [InlineData("No")]
    public void Only_the_three_letter_abbreviation_counts_as_one(string word) =>
        Assert.Null(Months.FromAbbreviation(word));
}
