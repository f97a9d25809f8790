using Vigil.Core.FreeText;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.FreeText;

/// <summary>A listed name of two common words (ISLAMIC STATE, REVOLUTIONARY GUARDS) is what news writes most often of
/// some listed parties: in prose it is a mention when it stands alone as the whole listed name, and not when it is part of
/// a longer name, a sentence's lower-case words, a part of a longer listed name, or the organ of another state.</summary>
public sealed class ShortNameProseTests
{
    private static readonly FreeTextScreener Screener = new(Some.Screener(
        Some.Org("ISLAMIC STATE OF IRAQ AND THE LEVANT", id: "isil", aliases: ["ISLAMIC STATE", "DAESH"]),
        Some.Org("ISLAMIC REVOLUTIONARY GUARD CORPS", id: "irgc", aliases: ["REVOLUTIONARY GUARDS"]) with { Nationalities = ["IR"] },
        Some.Org("MINISTRY OF INTERIOR", id: "minint", aliases: ["MINISTERIO DEL INTERIOR"]) with { Nationalities = ["CU"] },
        Some.Org("INDUSTRIAL BANK", id: "ib"),
        Some.Org("SYRIAN AIR FORCE", id: "saf"),
        Some.Org("SOCIETY OF ISLAMIC COOPERATION", id: "sic"),
        Some.Org("IRAN AIR", id: "iranair"),
        Some.Org("MINISTRY OF PEOPLE'S ARMED FORCES", id: "mpaf") with { Nationalities = ["KP"] },
        Some.Org("KOREA TRADE BANK", id: "ktb"),
        Some.Org("SYRIAN ARAB AIRLINES", id: "syrianair", aliases: ["SYRIAN AIR"]),
        Some.Org("BANCO CORPORATIVO SA", id: "bancorp", weakAliases: ["NATIONAL BANK"])));

    private static List<TextMention> Find(string text) => [.. Screener.Find(text, new FreeTextOptions(null))];

    [Theory]
    [InlineData("Fighters of the Islamic State attacked the town on Monday.", "Islamic State", "isil")]
    [InlineData("The Revolutionary Guards seized a British tanker in the Strait of Hormuz.", "Revolutionary Guards", "irgc")]
    [InlineData("Iran's Revolutionary Guards said the drone was downed.", "Revolutionary Guards", "irgc")]
    [InlineData("El Estado Islámico reivindicó el ataque.", "Estado Islámico", "isil")]
    [InlineData("Le groupe État islamique a revendiqué l'attentat.", "État islamique", "isil")]
    [InlineData("Il gruppo Stato islamico ha rivendicato l'attacco.", "Stato islamico", "isil")]
    [InlineData("O Estado Islâmico reivindicou o ataque.", "Estado Islâmico", "isil")]
    [InlineData("Der Islamische Staat bekannte sich zu dem Anschlag.", "Islamische Staat", "isil")]
    [InlineData("Die Miliz Islamischer Staat bekannte sich zu dem Anschlag.", "Islamischer Staat", "isil")]
    [InlineData("Боевики «Исламского государства» атаковали город.", "Исламского государства", "isil")]
    [InlineData("Cuba's Ministry of Interior was designated under the Global Magnitsky program.", "Ministry of Interior", "minint")]
    [InlineData("Iran Air flights were grounded.", "Iran Air", "iranair")]
    [InlineData("Iran Air and Syrian Air flights were grounded.", "Iran Air", "iranair")]
    [InlineData("Iran Air and Syrian Air flights were grounded.", "Syrian Air", "syrianair")]
    public void A_two_word_listed_name_standing_alone_is_a_mention(string text, string surface, string id)
    {
        var m = Assert.Single(Find(text), x => x.Hit.Entity.SourceId == id);
        Assert.Equal(surface, m.Text);
    }

    [Theory]
    [InlineData("The Industrial Bank of Korea reported higher profits.")] // part of a longer name
    [InlineData("Industrial bank lending rose in March.")] // a sentence's first word, then prose
    [InlineData("The Air Force grounded its fleet of transport planes.")] // SYRIAN AIR FORCE is more than Air Force
    [InlineData("The Islamic Society of the university organised a debate.")] // nor is SOCIETY OF ISLAMIC COOPERATION
    [InlineData("The Interior Ministry said the attack killed five people.")] // every state has one: whose?
    [InlineData("Iraq's Ministry of Interior said the attack killed five people.")] // not Cuba's
    [InlineData("The islamic state of mind is a phrase.")] // lower case: prose
    [InlineData("The National Bank said imports rose.")] // a weak alias, generic by the list's own account
    [InlineData("El Ministerio del Interior informó de la detención de tres personas.")] // del is no name word
    [InlineData("The Armed Forces held a parade on Independence Day.")] // armed is a common word of news
    [InlineData("The Bank of Korea raised its key rate.")] // Korea names two countries: not KOREA TRADE BANK
    public void Other_uses_of_the_words_are_no_mention(string text) => Assert.Empty(Find(text));
}
