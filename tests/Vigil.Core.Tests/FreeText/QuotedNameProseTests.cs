using Vigil.Core.FreeText;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.FreeText;

/// <summary>Russian news puts an organisation's name in quotes after the lower-case word for its kind (<c>концерн
/// «Калашников»</c>, <c>банк «Россия»</c>): that word belongs to the name the lists hold.</summary>
public sealed class QuotedNameProseTests
{
    private static readonly FreeTextScreener Screener = new(Some.Screener(
        Some.Org("KALASHNIKOV CONCERN", id: "kalashnikov"),
        Some.Person("KALASHNIKOV, Aleksandr", id: "akalashnikov")));

    private static List<TextMention> Find(string text) => [.. Screener.Find(text, new FreeTextOptions(null))];

    [Theory]
    [InlineData("Санкции затронули концерн «Калашников» и другие компании.")]
    [InlineData("Санкции затронули концерн \u201CКалашников\u201D и другие компании.")]
    public void The_kind_before_a_quoted_name_is_part_of_it(string text)
    {
        var m = Assert.Single(Find(text));
        Assert.Equal("kalashnikov", m.Hit.Entity.SourceId);
        Assert.StartsWith("концерн", m.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_name_after_another_word_is_read_as_before() =>
        Assert.DoesNotContain(Find("Санкции затронули автомат «Калашников» и другие."), m => m.Hit.Entity.SourceId == "kalashnikov");
}
