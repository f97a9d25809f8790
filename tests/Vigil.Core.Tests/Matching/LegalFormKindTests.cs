using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.Matching;

/// <summary>A name of unknown kind that opens or closes with a legal form is a company's: a listed person it resembles
/// takes the kind conflict, unless the form is also a word of a listed person's name.</summary>
public class LegalFormKindTests
{
    private static readonly double Threshold = ScoringProfile.Default.AlertThreshold;

    private static readonly Screener Lists = Some.Screener(
        Some.Person("KARIMOV, Oleg", id: "oleg"),
        Some.Person("PAO, Hua Chiang", id: "pao"),
        Some.Person("AS, Miran", id: "as"),
        Some.Person("MEDINA, Tavares", id: "medina"),
        Some.Org("KARIMOV TRADING OOO", id: "org"));

    private static ScreeningHit Hit(string query, string id, EntityKind kind = EntityKind.Unknown) =>
        Lists.Search(new ScreeningQuery(query, kind), new SearchOptions(Top: 10, MinScore: 0, Explain: true)).Single(h => h.Entity.SourceId == id);

    [Theory]
    [InlineData("Oleg Karimov Ltd.")]
    [InlineData("Oleg Karimov GmbH")]
    [InlineData("OOO Oleg Karimov")]
    public void A_legal_form_at_either_end_is_a_conflict_with_a_listed_person(string query)
    {
        var kind = Assert.Single(Hit(query, "oleg").Explanation!.Features, f => f.Feature == "kind");
        Assert.True(kind.Effect < 0);
        Assert.Equal("conflict", kind.Detail);
        Assert.StartsWith("organization (legal form", kind.QueryValue, StringComparison.Ordinal);
        // Lowered, not halved: a company named after a person still resembles the person.
        Assert.InRange(Hit(query, "oleg").Score, Hit("Oleg Karimov", "oleg").Score / 2, Hit("Oleg Karimov", "oleg").Score - 0.05);
    }

    [Fact]
    public void A_misspelt_company_no_longer_alerts_on_the_person_its_words_resemble()
    {
        Assert.True(Hit("Olek Karimow", "oleg").Score >= Threshold);
        Assert.InRange(Hit("Olek Karimow Ltd.", "oleg").Score, 0, Threshold - 0.01);
    }

    [Fact]
    public void The_company_entry_takes_no_conflict()
    {
        Assert.DoesNotContain(Hit("Karimov Trading Ltd.", "org").Explanation!.Features, f => f.Feature == "kind");
        Assert.True(Hit("Karimov Trading Ltd.", "org").Score >= Threshold);
    }

    [Theory]
    [InlineData("Hua Chiang Pao", "pao")] // PAO (Russian public joint-stock company) is this listed person's surname
    [InlineData("Oleg Karimov", "oleg")]
    public void A_form_that_is_a_listed_persons_name_word_or_no_form_says_nothing(string query, string id)
    {
        Assert.DoesNotContain(Hit(query, id).Explanation!.Features, f => f.Feature == "kind" && f.Effect < 0);
        Assert.True(Hit(query, id).Score >= Threshold);
    }

    [Theory]
    [InlineData("Tavaris Media A.S.")] // AS is a listed person's name word; media says what the party does
    [InlineData("Tavaris Media AS")]
    public void A_form_that_is_a_listed_persons_name_word_counts_when_a_generic_organisation_word_agrees(string query)
    {
        var kind = Assert.Single(Hit(query, "medina").Explanation!.Features, f => f.Feature == "kind");
        Assert.Equal("conflict", kind.Detail);
        Assert.InRange(Hit(query, "medina").Score, 0, Hit("Tavaris Media", "medina").Score - 0.05);
        // Without the agreeing word the form stays no evidence: "Miran As" is the listed person.
        Assert.DoesNotContain(Hit("Tavaris Medina AS", "medina").Explanation!.Features, f => f.Feature == "kind" && f.Effect < 0);
        Assert.True(Hit("Miran As", "as").Score >= Threshold);
    }

    [Fact]
    public void A_stated_kind_decides_instead()
    {
        // Person stated: the legal-form reading is not made; organisation stated: the person is halved as before.
        Assert.DoesNotContain(Hit("Oleg Karimov Ltd.", "oleg", EntityKind.Person).Explanation!.Features, f => f.Feature == "kind" && f.Effect < 0);
        Assert.InRange(Hit("Oleg Karimov Ltd.", "oleg", EntityKind.Organization).Score, 0, Hit("Oleg Karimov", "oleg").Score / 2 + 0.01);
    }
}
