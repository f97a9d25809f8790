using Vigil.Core.FreeText;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.FreeText;

/// <summary>French, Spanish and Portuguese capitalise only the first word of an organisation's name: the lower-case
/// organisation words after a capitalised one belong to the name, while prose that only resembles a listed name stays
/// prose.</summary>
public sealed class SentenceCaseOrganisationTests
{
    private static readonly FreeTextScreener Screener = new(Some.Screener(
        Some.Org("ISLAMIC REVOLUTIONARY GUARD CORPS", id: "irgc", aliases: ["ISLAMIC REVOLUTIONARY GUARDS", "REVOLUTIONARY GUARDS"]),
        Some.Org("BANCO CENTRAL DE VENEZUELA", id: "bcv"),
        Some.Org("BANK MARKAZI JOMHOURI ISLAMI IRAN", id: "cbi", aliases: ["CENTRAL BANK OF IRAN"]),
        Some.Org("NATIONAL LIBERATION ARMY", id: "eln", aliases: ["EJERCITO DE LIBERACION NACIONAL"]),
        Some.Org("INTERNET RESEARCH AGENCY LLC", id: "ira")));

    private static List<TextMention> Find(string text) => [.. Screener.Find(text, new FreeTextOptions(null))];

    [Theory]
    [InlineData("Le Corps des gardiens de la révolution islamique a annoncé des exercices.", "Corps des gardiens de la révolution islamique", "irgc")]
    [InlineData("Ayer la Guardia revolucionaria islámica detuvo a dos petroleros.", "Guardia revolucionaria islámica", "irgc")]
    [InlineData("A Guarda revolucionária islâmica anunciou manobras.", "Guarda revolucionária islâmica", "irgc")]
    [InlineData("El Banco central de Venezuela publicó sus cifras.", "Banco central de Venezuela", "bcv")]
    [InlineData("Les sanctions visent aussi la Banque centrale d'Iran.", "Banque centrale d'Iran", "cbi")]
    [InlineData("El Ejército de liberación nacional liberó a dos rehenes.", "Ejército de liberación nacional", "eln")]
    [InlineData("По данным Вашингтона, «Агентство интернет-исследований» вмешивалось в выборы.", "Агентство интернет-исследований", "ira")]
    [InlineData("Санкции против Агентства интернет-исследований продлены.", "Агентства интернет-исследований", "ira")]
    [InlineData("Корпус стражей исламской революции захватил танкер.", "Корпус стражей исламской революции", "irgc")]
    [InlineData("Стражи исламской революции захватили танкер.", "Стражи исламской революции", "irgc")]
    public void The_name_runs_on_over_its_lower_case_organisation_words(string text, string surface, string id)
    {
        var m = Assert.Single(Find(text));
        Assert.Equal(surface, m.Text);
        Assert.Equal(id, m.Hit.Entity.SourceId);
    }

    [Fact]
    public void Italian_articulated_prepositions_join_the_name()
    {
        // delle, degli: di + the article (Treccani, "preposizioni articolate"), joining words as della is.
        var m = Assert.Single(Find("Il Corpo delle guardie della rivoluzione islamica ha sequestrato una nave."));
        Assert.Equal("irgc", m.Hit.Entity.SourceId);
        Assert.Contains("guardie della rivoluzione islamica", m.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("El Banco central europeo subió los tipos de interés.")]
    [InlineData("La Banque centrale européenne a relevé ses taux.")]
    [InlineData("La Guardia nacional detuvo a varios manifestantes.")]
    [InlineData("Le Corps des marines américains a déployé deux navires.")]
    [InlineData("La Banca centrale degli Stati Uniti ha alzato i tassi.")]
    [InlineData("The army said the guard was revolutionary.")] // lower-case organisation words alone are prose
    [InlineData("Агентство сообщило о росте интернет-торговли.")] // a compound whose second half is no organisation word
    public void Other_organisations_and_prose_are_no_mention(string text) => Assert.Empty(Find(text));
}
