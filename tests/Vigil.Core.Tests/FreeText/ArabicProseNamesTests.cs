using Vigil.Core.FreeText;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.FreeText;

/// <summary>Arabic prose: titles before names (<c>prose_titles_arabic_script.tsv</c>) and an organisation's one-word name
/// written without its short vowels (حزب الله = HIZBALLAH).</summary>
public sealed class ArabicProseNamesTests
{
    private static readonly FreeTextScreener Screener = new(Some.Screener(
        Some.Org("HIZBALLAH", id: "hizballah"),
        Some.Person("AYERAS, Khalil", id: "ayeras"),
        Some.Person("AL-ASAD, Bashar", id: "asad")));

    private static List<TextMention> Find(string text) => [.. Screener.Find(text)];

    [Theory]
    [InlineData("الرئيس")]
    [InlineData("رئيس")]
    [InlineData("وزير")]
    [InlineData("الشيخ")]
    [InlineData("سرلشکر")]
    public void A_title_of_arabic_or_persian_prose_is_a_title(string word) =>
        Assert.Equal(ArabicProseWords.Role.Title, ArabicProseWords.Of(word));

    [Theory]
    [InlineData("سيد")] // Sayyid: a title and a name
    [InlineData("أمير")] // Amir
    [InlineData("ملك")] // Malik
    public void A_title_that_is_also_a_name_is_no_prose_word(string word) =>
        Assert.Equal(ArabicProseWords.Role.None, ArabicProseWords.Of(word));

    [Fact]
    public void Given_a_word_before_a_title_When_screened_Then_the_title_makes_no_name_with_it()
    {
        // خال الرئيس ("the president's maternal uncle") was read khlal riys and met AYERAS, Khalil at 0.92.
        Assert.Empty(Find("وصل خال الرئيس إلى دمشق أمس."));
    }

    [Fact]
    public void Given_a_title_before_a_listed_name_When_screened_Then_the_name_is_found_without_the_title()
    {
        var m = Assert.Single(Find("التقى الرئيس بشار الأسد وفدا روسيا في دمشق."));

        Assert.Equal(("بشار الأسد", "asad"), (m.Text, m.Hit.Entity.SourceId));
    }

    [Fact]
    public void Given_an_organisations_one_word_name_in_arabic_When_screened_Then_its_consonants_find_the_latin_name()
    {
        const string text = "فرضت وزارة الخزانة الأمريكية عقوبات على حزب الله.";

        var m = Assert.Single(Find(text));

        Assert.Equal(("حزب الله", "hizballah"), (m.Text, m.Hit.Entity.SourceId));
        Assert.Equal(text[m.Start..m.End], m.Text);
    }

    [Theory]
    [InlineData("وقال المتحدث إن الدعم لحزب الله مستمر.", "لحزب الله")] // li- "for"
    [InlineData("وأعلن وحزب الله بيانا.", "وحزب الله")] // wa- "and"
    public void Given_an_organisations_one_word_name_with_a_joined_preposition_When_screened_Then_it_is_found(string text, string mention)
    {
        var m = Assert.Single(Find(text));

        Assert.Equal((mention, "hizballah"), (m.Text, m.Hit.Entity.SourceId));
    }
}
