using Vigil.Core.Matching;
using Vigil.Core.Model;

namespace Vigil.Core.Tests.Matching;

/// <summary>The words armed groups, guards, parties and movements are named with, in the languages of
/// <c>org_words.tsv</c>, read as their English form: a translated name meets the listed English one.</summary>
public class StateOrganisationWordsTests
{
    private static readonly double Threshold = ScoringProfile.Default.AlertThreshold;

    [Theory]
    [InlineData("Corps des gardiens de la révolution islamique", "Islamic Revolutionary Guard Corps")]
    [InlineData("Cuerpo de la Guardia Revolucionaria Islámica", "Islamic Revolutionary Guard Corps")]
    [InlineData("Frente de Liberación Nacional", "National Liberation Front")]
    [InlineData("Front de libération nationale", "National Liberation Front")]
    [InlineData("Movimiento de Resistencia Islámica", "Islamic Resistance Movement")]
    public void A_translated_name_meets_its_english_form(string translated, string listed) =>
        Assert.True(NameComparer.Compare(translated, listed, EntityKind.Organization) >= Threshold);

    [Theory]
    [InlineData("Guardia Nacional Bolivariana", "Islamic Revolutionary Guard Corps")]
    [InlineData("Frente Sandinista de Liberación Nacional", "Moro National Liberation Front")]
    public void Another_organisation_built_of_the_same_words_stays_below(string a, string b) =>
        Assert.True(NameComparer.Compare(a, b, EntityKind.Organization) < Threshold);
}
