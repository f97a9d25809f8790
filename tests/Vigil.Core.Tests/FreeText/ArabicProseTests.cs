using Vigil.Core.FreeText;
using Vigil.Core.Model;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.FreeText;

/// <summary>Arabic and Persian prose: function words that tell prose from names (Savoy's lists), readings of the text,
/// and the vowels a vowel-less word writes.</summary>
public sealed class ArabicProseTests
{
    private static readonly FreeTextScreener Screener = new(Some.Screener(
        Some.Person("BAGHERI, Mohammad", id: "bagheri"),
        Some.Person("HAQQANI, Sirajuddin", id: "haqqani"),
        Some.Org("CHAMS EXCHANGE", id: "chams"),
        Some.Org("AL-QA'IDA IN YEMEN", id: "aqy"),
        Some.Person("AL-KHUWAYLID, Ibrahim", id: "khuwaylid"),
        Some.Person("AWF, Awad Ibn", id: "awf"),
        Some.Org("AL-QAIDA IN THE ARABIAN PENINSULA", id: "aqap", aliases: ["القاعدة في جزيرة العرب"])));

    private static List<TextMention> Find(string text) => [.. Screener.Find(text)];

    [Theory]
    [InlineData("في", "Joiner")]
    [InlineData("و", "Joiner")]
    [InlineData("الذي", "Break")]
    [InlineData("إلى", "Break")]
    [InlineData("الى", "Break")]
    [InlineData("است", "Break")]
    [InlineData("یک", "Break")]
    [InlineData("فِي", "Joiner")]
    public void A_function_word_of_arabic_or_persian_prose_has_its_role_whatever_its_spelling(string word, string role) =>
        Assert.Equal(role, ArabicProseWords.Of(word).ToString());

    [Theory]
    [InlineData("على")]
    [InlineData("علي")]
    [InlineData("ولي")]
    [InlineData("حق")]
    [InlineData("محمد")]
    [InlineData("fy")]
    [InlineData("in")]
    public void A_name_a_name_element_or_a_latin_word_is_no_prose_word(string word) =>
        Assert.Equal(ArabicProseWords.Role.None, ArabicProseWords.Of(word));

    [Fact]
    public void Given_arabic_prose_that_names_no_listed_party_When_screened_Then_its_function_words_and_nouns_are_no_mention()
    {
        // في بيان ("in a statement") met AWF, Awad Ibn; وأكد الأمين ("and the secretary confirmed") AL-QA'IDA IN YEMEN;
        // الشمسية ("solar") CHAMS EXCHANGE; خالد إبراهيم AL-KHUWAYLID, Ibrahim.
        const string text = "قال وزير الخارجية في بيان صدر اليوم إن الحكومة ستعقد اجتماعا. وأكد الأمين العام أن القمة ستبحث الأمن الغذائي. "
            + "وقعت الشركتان اتفاقية لبناء محطة تعمل بالطاقة الشمسية. تحدث الدكتور خالد إبراهيم عن البحث العلمي.";

        Assert.Empty(Find(text));
    }

    [Fact]
    public void Given_a_listed_name_with_a_function_word_inside_When_screened_Then_the_function_word_joins_it()
    {
        var m = Assert.Single(Find("أعلن تنظيم القاعدة في جزيرة العرب مسؤوليته عن الهجوم."));

        Assert.Equal("aqap", m.Hit.Entity.SourceId);
        Assert.Contains("جزيرة العرب", m.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_persian_name_that_needs_a_reading_When_screened_Then_it_is_found_on_the_words_as_written_and_names_the_reading()
    {
        const string text = "سرلشکر محمد باقری امروز در تهران گفت که نیروهای مسلح آماده‌اند.";

        var m = Assert.Single(Find(text));

        Assert.Equal(("محمد باقری", "bagheri"), (m.Text, m.Hit.Entity.SourceId));
        Assert.Equal(text.IndexOf("محمد", StringComparison.Ordinal), m.Start);
        Assert.Equal("محمد باغری", m.Hit.QueryPart);
        Assert.True(m.Hit.Score < 1);
    }

    [Fact]
    public void Given_al_din_written_apart_When_screened_Then_the_joined_reading_is_found_and_its_offsets_are_the_texts()
    {
        const string text = "وقال سراج الدين حقاني في بيان إن الحركة لن تفاوض.";

        var m = Assert.Single(Find(text));

        Assert.Equal("haqqani", m.Hit.Entity.SourceId);
        Assert.Equal("سراج الدين حقاني", m.Text);
        Assert.Equal(text[m.Start..m.End], m.Text);
    }

    [Fact]
    public void A_text_holding_arabic_and_persian_lines_reads_each_line_in_its_own_language()
    {
        // ق is read gh only in the Persian line: قال in the Arabic line stays qal.
        var readings = Vigil.Core.Text.Scripts.ArabicScript.TextReadings("قال حسن\nمحمد باقری").ToList();

        Assert.Contains(readings, r => r.Text == "قال حسن\nمحمد باغری" && r.Offsets is null);
        Assert.DoesNotContain(readings, r => r.Text.StartsWith("غال", StringComparison.Ordinal));
        Assert.Empty(Vigil.Core.Text.Scripts.ArabicScript.TextReadings("Nicolás Maduro"));
    }
}
