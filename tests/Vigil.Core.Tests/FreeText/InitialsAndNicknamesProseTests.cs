using Vigil.Core.FreeText;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.FreeText;

/// <summary>News writes a person with an initial for the given name (<c>O. Deripaska</c>) and puts a nickname in quotes
/// inside the name (<c>Joaquín "El Chapo" Guzmán</c>): both are the person's name, not a break in it.</summary>
public sealed class InitialsAndNicknamesProseTests
{
    private static readonly FreeTextScreener Screener = new(Some.Screener(
        Some.Person("DERIPASKA, Oleg Vladimirovich", id: "deripaska"),
        Some.Person("VEKSELBERG, Viktor Feliksovich", id: "vekselberg"),
        Some.Person("GUZMAN LOERA, Joaquin", id: "guzman", aliases: ["GUZMAN, Chapo"])));

    private static List<TextMention> Find(string text) => [.. Screener.Find(text, new FreeTextOptions(null))];

    [Theory]
    [InlineData("The sanctions target O. Deripaska and his companies.", "O. Deripaska", "deripaska")]
    [InlineData("The sanctions target O. Deripaska and V. Vekselberg.", "O. Deripaska", "deripaska")]
    [InlineData("The sanctions target O. Deripaska and V. Vekselberg.", "V. Vekselberg", "vekselberg")]
    [InlineData("Russian tycoon Oleg V. Deripaska sued the Treasury.", "Oleg V. Deripaska", "deripaska")]
    public void An_initial_opens_the_name(string text, string surface, string id)
    {
        var m = Assert.Single(Find(text), x => x.Hit.Entity.SourceId == id);
        Assert.Equal(surface, m.Text);
    }

    [Fact]
    public void A_nickname_in_quotes_does_not_break_the_name()
    {
        var m = Assert.Single(Find("Drug lord Joaquin \"El Chapo\" Guzman was extradited in 2017."));
        Assert.Equal("guzman", m.Hit.Entity.SourceId);
        Assert.EndsWith("Guzman", m.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("He said \"Nothing Else\" matters to him.")]
    [InlineData("The O. Henry prize went to a new writer.")]
    public void Other_quotes_and_letters_are_no_mention(string text) => Assert.Empty(Find(text));
}
