using Vigil.Core.FreeText;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.FreeText;

/// <summary>Spanish, French, German and Russian news write a title before a surname, mostly in lower case (<c>el
/// presidente Maduro</c>, <c>президент Мадуро</c>): the title is read in English against the listed person's titles, which
/// singles out the president among the lists' two Maduros. English words of rank in lower case stay prose.</summary>
public sealed class TitledSurnameLanguagesTests
{
    private static readonly FreeTextScreener Screener = new(Some.Screener(
        Some.Person("MADURO MOROS, Nicolas", id: "maduro") with { Titles = ["President of the Bolivarian Republic of Venezuela"] },
        Some.Person("MADURO GUERRA, Nicolas Ernesto", id: "son"),
        Some.Person("CARVAJALINO, Jesus Emilio", id: "paris", aliases: ["PARIS, Jesus"])));

    private static List<TextMention> Find(string text) => [.. Screener.Find(text, new FreeTextOptions(null))];

    [Theory]
    [InlineData("Según los analistas, el presidente Maduro habló.", "Maduro")]
    [InlineData("Selon les analystes, le président Maduro a parlé.", "Maduro")]
    [InlineData("Laut Analysten hat Präsident Maduro gesprochen.", "Maduro")]
    [InlineData("По словам аналитиков, президент Мадуро выступил.", "Мадуро")]
    [InlineData("Analysts said that president Maduro spoke.", "Maduro")]
    public void A_title_in_another_language_singles_out_the_listed_holder(string text, string surface)
    {
        var m = Assert.Single(Find(text));
        Assert.Equal(surface, m.Text);
        Assert.Equal("maduro", m.Hit.Entity.SourceId);
        Assert.Equal(MentionRule.TitledSurname, m.Rule);
    }

    [Theory]
    [InlineData("Party officials and the minister Paris left early.")] // a lower-case English rank: prose
    [InlineData("Según los analistas, el presidente Nicolás Maduro Guerra habló.")] // more than a surname: the name rule's
    public void No_title_rule_where_a_lower_case_word_is_prose_or_the_name_goes_on(string text) =>
        Assert.DoesNotContain(Find(text), m => m.Rule == MentionRule.TitledSurname);
}
