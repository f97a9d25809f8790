using Vigil.Core.FreeText;

namespace Vigil.Core.Tests.FreeText;

public class ProseApostrophesTests
{
    [Theory]
    [InlineData("Les avoirs d'Oleg Deripaska", "Les avoirs   Oleg Deripaska")]
    [InlineData("L'Hezbollah et dell'FSB", "  Hezbollah et      FSB")]
    [InlineData("selon l\u2019ONU", "selon   ONU")]
    public void Given_an_elided_article_before_a_name_When_blanked_Then_the_name_stands_alone_at_its_offset(string text, string expected) =>
        Assert.Equal(expected, ProseApostrophes.Blank(text));

    [Theory]
    [InlineData("Conor O'Brien and Marco D'Alessandro met.")] // a capital O' or D' starts a name
    [InlineData("N'Djamena is the capital.")]
    [InlineData("l'ambassadeur arrived")] // an elided article before a word that is no name
    [InlineData("North Korea's envoy")] // English: the possessive is the normaliser's
    public void Given_an_apostrophe_that_is_part_of_a_name_or_before_a_common_word_When_blanked_Then_the_text_is_unchanged(string text) =>
        Assert.Same(text, ProseApostrophes.Blank(text));

    [Fact]
    public void Given_a_Turkish_text_When_a_name_carries_a_case_suffix_Then_the_apostrophe_and_suffix_are_blanked()
    {
        const string text = "Oleg Deripaska'nın şirketleri ve Hamas'tan açıklama";

        var blanked = ProseApostrophes.Blank(text);

        Assert.Equal(text.Length, blanked.Length);
        Assert.Equal("Oleg Deripaska     şirketleri ve Hamas     açıklama", blanked);
    }

    [Fact]
    public void Given_a_text_without_Turkish_letters_When_a_name_has_an_apostrophe_and_a_short_ending_Then_it_is_kept()
    {
        const string text = "The Shi'a clerics and the Ba'ath party";

        Assert.Same(text, ProseApostrophes.Blank(text));
    }
}
