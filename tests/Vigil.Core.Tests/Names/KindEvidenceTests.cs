using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Names;

namespace Vigil.Core.Tests.Names;

/// <summary>Two names compared without a type are judged by the rules of the kind they say they are of.</summary>
public class KindEvidenceTests
{
    private static readonly double Threshold = ScoringProfile.Default.AlertThreshold;

    [Theory]
    [InlineData("Bill Harrington", EntityKind.Person)]
    [InlineData("SALMAN BIN MUHAMMAD AL HADDAD", EntityKind.Person)]
    [InlineData("Harrington Trading Ltd", EntityKind.Organization)]
    [InlineData("Atlas Growth Fund VII", EntityKind.Organization)]
    [InlineData("Самарский металлургический завод", EntityKind.Organization)]
    [InlineData("الهيئة العامة للصناعات العسكرية", EntityKind.Organization)]
    [InlineData("M.T. Kalinda Star", EntityKind.Vessel)]
    [InlineData("MV Ocean Star", EntityKind.Vessel)]
    public void A_name_says_what_kind_of_party_it_names(string name, EntityKind kind) =>
        Assert.Equal(kind, KindEvidence.Of(name));

    [Theory]
    [InlineData("Bill Harrington", "William Harrington")] // a person's short name
    [InlineData("Sasha Orlovsky", "Aleksandr Orlovsky")]
    [InlineData("A.B.C. Marine Services Ltd", "ABC Marine Services Limited")] // an organisation's dotted letters
    [InlineData("Les Trois Chênes SARL", "Les 3 Chenes SARL")] // a number in French words
    [InlineData("M.T. Kalinda Star", "KALINDA STAR")] // a vessel's prefix
    public void Without_a_type_the_same_party_reaches_the_threshold_as_with_its_type(string a, string b) =>
        Assert.True(NameComparer.Compare(a, b) >= Threshold);

    [Theory]
    [InlineData("SALMAN BIN MUHAMMAD AL HADDAD", "MUHAMMAD BIN SALMAN AL HADDAD")] // son and father
    [InlineData("Atlas Growth Fund VII", "Atlas Growth Fund VIII")] // numbers that disagree
    [InlineData("Kestrel Ventures III", "Kestrel Ventures II")]
    public void Without_a_type_another_party_stays_below_it(string a, string b) =>
        Assert.True(NameComparer.Compare(a, b) < Threshold);
}
