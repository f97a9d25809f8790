using Vigil.Core.FreeText;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.FreeText;

/// <summary>Prose in the scripts of India: its words are read with their inherent vowels (Text/Scripts/Indic.cs), which
/// are the reading's, not a spelling, so a word meets a one-word organisation name in another transliteration only when
/// the matcher's word similarity agrees too.</summary>
public sealed class IndicProseTests
{
    private static readonly FreeTextScreener Screener = new(Some.Screener(
        Some.Org("BELSHINA OAO", id: "belshina"),
        Some.Org("HIZBALLAH", id: "hizballah")));

    [Theory]
    [InlineData("অর্থমন্ত্রী বলেছেন যে দেশের অর্থনীতি দ্রুত বাড়ছে।")] // Bengali: "the minister said that …"; বলেছেন balechhen
    public void Given_indic_prose_When_screened_Then_a_word_that_only_shares_consonants_is_no_mention(string text) =>
        Assert.Empty(Screener.Find(text));

    [Fact]
    public void Given_an_organisations_name_in_devanagari_When_screened_Then_it_is_found()
    {
        var m = Assert.Single(Screener.Find("सरकार ने हिज़्बुल्लाह पर प्रतिबंध लगाया।"));

        Assert.Equal(("हिज़्बुल्लाह", "hizballah"), (m.Text, m.Hit.Entity.SourceId));
    }
}
