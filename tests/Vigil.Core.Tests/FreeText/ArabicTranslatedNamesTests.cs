using Vigil.Core.FreeText;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.FreeText;

/// <summary>Arabic news names an organisation the lists give in English by its Arabic words (الحرس الثوري, "the
/// revolutionary guard"): the text is also read with its organisation words in English, and the words found that way are
/// placed back on the Arabic text, scored as another script's reading is.</summary>
public sealed class ArabicTranslatedNamesTests
{
    private static readonly FreeTextScreener Screener = new(Some.Screener(
        Some.Org("ISLAMIC REVOLUTIONARY GUARD CORPS", id: "irgc", aliases: ["REVOLUTIONARY GUARDS"]) with { Nationalities = ["IR"] },
        Some.Org("ISLAMIC STATE OF IRAQ AND THE LEVANT", id: "isil", aliases: ["ISLAMIC STATE"]),
        Some.Org("CENTRAL BANK OF SYRIA", id: "cbs"),
        Some.Org("MINISTRY OF DEFENSE AND ARMED FORCES LOGISTICS", id: "modafl")));

    private static List<TextMention> Find(string text) => [.. Screener.Find(text)];

    [Theory]
    [InlineData("وقال الحرس الثوري إن السفينة احتجزت.", "الحرس الثوري", "irgc")]
    [InlineData("فرضت وزارة الخزانة الأمريكية عقوبات على الحرس الثوري الإيراني.", "الحرس الثوري", "irgc")]
    [InlineData("أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم.", "الدولة الإسلامية", "isil")]
    public void An_organisation_written_in_arabic_words_is_found_by_their_english(string text, string surface, string id)
    {
        var m = Assert.Single(Find(text), x => x.Hit.Entity.SourceId == id);
        Assert.Equal(surface, m.Text);
        Assert.Equal(text.IndexOf(surface, StringComparison.Ordinal), m.Start);
        Assert.InRange(m.Hit.Score, 0.8, 0.99); // a reading's score: below the name as written
    }

    [Theory]
    [InlineData("قالت وزارة الدفاع الأمريكية إن الطائرة سقطت.")] // another state's ministry of defence
    [InlineData("رفع البنك المركزي الأوروبي أسعار الفائدة.")] // another central bank
    [InlineData("عقد مجلس الأمن جلسة طارئة يوم الاثنين.")]
    public void Other_organisations_written_in_arabic_are_no_mention(string text) =>
        Assert.DoesNotContain(Find(text), m => m.Hit.Entity.Source == "test" && m.Hit.Entity.SourceId is "irgc" or "isil" or "cbs" or "modafl");
}
