using Vigil.Core.FreeText;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.FreeText;

/// <summary>News names a person in full once and then by the surname alone, spelt as the text spells it (German
/// <c>Timtschenko</c> for TIMCHENKO), in the genitive (<c>Deripaskas</c>) and next to words that name no party
/// (<c>Deripaskas Konzern</c>, <c>Компании Тимченко</c>, <c>the Maduro Government</c>), and declined where the lists hold
/// the declined form as another name (<c>Кадырова</c>, accusative of Кадыров and the surname KADYROVA). Each is the person; a company
/// named after a surname (<c>Tadri Bank</c>), a common word the matcher likened to a surname, or a surname before the
/// full mention is not.</summary>
public sealed class RepeatedSurnameProseTests
{
    private static readonly FreeTextScreener Screener = new(Some.Screener(
        Some.Person("TIMCHENKO, Gennady", id: "timchenko", aliases: ["TIMTCHENKO, Guennadi"]),
        Some.Person("DERIPASKA, Oleg Vladimirovich", id: "deripaska"),
        Some.Person("VEKSELBERG, Viktor Feliksovich", id: "vekselberg"),
        Some.Person("MADURO MOROS, Nicolas", id: "maduro"),
        Some.Person("EL-KURD, Ahmed", id: "kurd"),
        Some.Person("KADYROV, Ramzan", id: "kadyrov"),
        Some.Person("KADYROVA, Medni", id: "kadyrova"),
        Some.Org("RENOVA GROUP", id: "renova"),
        Some.Org("BANK ROSSIYA", id: "rossiya")));

    private static List<TextMention> Find(string text) => [.. Screener.Find(text, new FreeTextOptions(null))];

    [Theory]
    [InlineData("Die Sanktionen gegen Gennadi Timtschenko wurden verlängert. Timtschenko schwieg.", "Timtschenko", "timchenko")]
    [InlineData("Die Sanktionen gegen Gennadi Timtschenko wurden verlängert. Timtschenkos Anwälte schwiegen.", "Timtschenkos", "timchenko")]
    [InlineData("Die Sanktionen gegen Oleg Deripaska wurden verlängert. Deripaskas Konzern schwieg.", "Deripaskas", "deripaska")]
    [InlineData("Die Sanktionen gegen Oleg Deripaska wurden verlängert. Deripaskas Firma schwieg.", "Deripaskas", "deripaska")]
    [InlineData("Санкции ввели против Геннадия Тимченко. Компании Тимченко также попали в список.", "Тимченко", "timchenko")]
    [InlineData("The Treasury sanctioned Nicolas Maduro Moros. The Maduro Government responded.", "Maduro", "maduro")]
    [InlineData("Глава Чечни Рамзан Кадыров заявил, что гордится санкциями. Кадырова внесли в список в 2017 году.", "Кадырова", "kadyrov")]
    [InlineData("Viktor Vekselberg was named. Der Oligarch Viktor Wekselberg wurde sanktioniert. Wekselberg schwieg.", "Wekselberg", "vekselberg")]
    public void The_surname_refers_back_to_the_person_named_in_full(string text, string surface, string id)
    {
        var m = Assert.Single(Find(text), x => x.Text == surface);
        Assert.Equal(id, m.Hit.Entity.SourceId);
        Assert.Equal(MentionRule.RepeatedSurname, m.Rule);
    }

    [Theory]
    [InlineData("Oleg Deripaska was named. The Deripaska Bank said it was not.", "Deripaska")] // a company named after him
    [InlineData("Records name Ahmed Court. Court documents were filed. The Supreme Court heard the case.", "Court")] // a common word, likened to KURD
    [InlineData("Timtschenko schwieg. Die Sanktionen gegen Gennadi Timtschenko wurden verlängert.", "Timtschenko")] // before the full mention
    public void Other_uses_of_the_surname_are_no_back_reference(string text, string surface) =>
        Assert.DoesNotContain(Find(text), m => m.Text == surface && m.Rule == MentionRule.RepeatedSurname);
}
