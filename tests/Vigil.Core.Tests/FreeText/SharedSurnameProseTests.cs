using Vigil.Core.FreeText;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.FreeText;

/// <summary>News names relatives by their given names and one surname (<c>Arkady and Boris Rotenberg</c>): the first
/// given name with the shared surname is a listed person too. Not when that person is not listed, when the word is no
/// given name, or when the full mention is not written given name first.</summary>
public sealed class SharedSurnameProseTests
{
    private static readonly FreeTextScreener Screener = new(Some.Screener(
        Some.Person("ROTENBERG, Arkady", id: "arkady"),
        Some.Person("ROTENBERG, Boris", id: "boris"),
        Some.Person("RODRIGUEZ GOMEZ, Delcy Eloina", id: "delcy"),
        Some.Person("RODRIGUEZ GOMEZ, Jorge Jesus", id: "jorge")));

    private static List<TextMention> Find(string text) => [.. Screener.Find(text, new FreeTextOptions(null))];

    [Theory]
    [InlineData("The Treasury also targeted Arkady and Boris Rotenberg, friends of the president.", "Arkady")]
    [InlineData("El Tesoro sancionó a los hermanos Arkadi y Borís Rotenberg.", "Arkadi")]
    [InlineData("Le Trésor a visé Arkadi et Boris Rotenberg.", "Arkadi")]
    [InlineData("Das Finanzministerium nahm Arkadi und Boris Rotenberg ins Visier.", "Arkadi")]
    [InlineData("Под санкции попали Аркадий и Борис Ротенберги.", "Аркадий")]
    public void A_given_name_joined_to_a_full_mention_shares_its_surname(string text, string given)
    {
        var m = Assert.Single(Find(text), x => x.Text == given);
        Assert.Equal("arkady", m.Hit.Entity.SourceId);
        Assert.Equal(MentionRule.SharedSurname, m.Rule);
        Assert.Equal(Math.Max(text.IndexOf("Bor", StringComparison.Ordinal), text.IndexOf("Бор", StringComparison.Ordinal)), m.RefersTo);
        Assert.Contains(Find(text), x => x.Hit.Entity.SourceId == "boris");
    }

    [Fact]
    public void Both_siblings_of_a_family_with_two_surnames_are_found()
    {
        var mentions = Find("Venezuela sanctioned Jorge and Delcy Rodriguez Gomez on Monday.");
        Assert.Contains(mentions, m => m.Text == "Jorge" && m.Hit.Entity.SourceId == "jorge");
        Assert.Contains(mentions, m => m.Hit.Entity.SourceId == "delcy");
    }

    [Theory]
    [InlineData("Peter and Boris Rotenberg met in Moscow.")] // no Peter Rotenberg is listed
    [InlineData("Russia and Boris Rotenberg signed the deal.")] // a country, not a given name
    [InlineData("Boris Rotenberg and Arkady met in Moscow.")] // after the full mention: not this rule's
    public void No_other_listed_person_is_made_of_other_words(string text) =>
        Assert.DoesNotContain(Find(text), m => m.Rule == MentionRule.SharedSurname);
}
