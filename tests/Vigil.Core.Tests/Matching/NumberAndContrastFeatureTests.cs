using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.Matching;

/// <summary>Numbers and contrast words that disagree are evidence against a match, shown in the explanation; agreeing
/// ones (in any written form) are not.</summary>
public class NumberAndContrastFeatureTests
{
    private static readonly double Threshold = ScoringProfile.Default.AlertThreshold;

    private static readonly Screener Lists = Some.Screener(
        Some.Vessel("GREAT EASTERN OCEAN NAVIGATION NO. 8", id: "ge8", imo: "9300001"),
        Some.Org("SAPPHIRE COAST INFRASTRUCTURE PARTNERS FUND VII", id: "fund7"),
        Some.Org("ZAGROS VALLEY PETROCHEMICAL EXPORTS TRADING COMPANY", id: "zagros-exports"),
        Some.Org("GREAT NORTH CASPIAN SEA SHIPPING LINES", id: "north-caspian"),
        Some.Org("KAVIR SEPEHR BANK", aliases: ["KAVIR SEPEHR INSURANCE COMPANY"], id: "kavir"));

    [Theory]
    [InlineData("Great Eastern Ocean Navigation No. 8")]
    [InlineData("GREAT EASTERN OCEAN NAVIGATION NO8")]
    [InlineData("Great Eastern Ocean Navigation 8")]
    [InlineData("Great Eastern Ocean Navigation VIII")]
    [InlineData("Great Eastern Ocean Navigation Number Eight")]
    public void The_same_number_written_another_way_still_alerts(string query) =>
        Assert.InRange(Lists.Score(query, "ge8", EntityKind.Vessel), Threshold, 1.0);

    [Theory]
    [InlineData("Great Eastern Ocean Navigation No. 6", "ge8", EntityKind.Vessel)]
    [InlineData("Sapphire Coast Infrastructure Partners Fund VIII", "fund7", EntityKind.Organization)]
    [InlineData("Sapphire Coast Infrastructure Partners Fund 8", "fund7", EntityKind.Organization)]
    public void A_different_number_does_not_alert(string query, string id, EntityKind kind) =>
        Assert.InRange(Lists.Score(query, id, kind), 0, Threshold - 0.01);

    [Fact]
    public void A_different_number_is_a_penalty_the_explanation_shows()
    {
        var hit = Lists.Search(new ScreeningQuery("Sapphire Coast Infrastructure Partners Fund VIII", EntityKind.Organization),
            new SearchOptions(Top: 5, MinScore: 0, Explain: true)).Single(h => h.Entity.SourceId == "fund7");
        var number = Assert.Single(hit.Explanation!.Features, f => f.Feature == "number");
        Assert.True(number.Effect < 0);
        Assert.Equal(("8", "7"), (number.QueryValue, number.ListedValue));
        var without = Lists.Score("Sapphire Coast Infrastructure Partners Fund", "fund7", EntityKind.Organization);
        Assert.True(hit.Score < without, "a wrong number counts more against the match than no number");
    }

    [Fact]
    public void An_agreeing_identifier_outweighs_a_different_number() =>
        Assert.InRange(Lists.Score("Great Eastern Ocean Navigation No. 6", "ge8", EntityKind.Vessel, idNumber: "IMO 9300001"), Threshold, 1.0);

    [Theory]
    [InlineData("Zagros Valley Petrochemical Imports Trading Company", "zagros-exports")]
    [InlineData("Great South Caspian Sea Shipping Lines", "north-caspian")]
    [InlineData("Great Southern Caspian Sea Shipping Lines", "north-caspian")]
    public void A_sibling_that_differs_in_a_contrast_word_does_not_alert(string query, string id)
    {
        Assert.InRange(Lists.Score(query, id, EntityKind.Organization), 0, Threshold - 0.01);
        var hit = Lists.Search(new ScreeningQuery(query, EntityKind.Organization), new SearchOptions(Top: 5, MinScore: 0, Explain: true))
            .Single(h => h.Entity.SourceId == id);
        Assert.Contains(hit.Explanation!.Features, f => f.Feature == "contrast" && f.Effect < 0);
    }

    [Theory]
    [InlineData("ZAGROS VALLEY PETROCHEMICAL EXPORT TRADING CO", "zagros-exports")]
    [InlineData("Great Northern Caspian Sea Shipping Lines", "north-caspian")]
    [InlineData("Kavir Sepehr Insurance Company", "kavir")]
    [InlineData("Bank Kavir Sepehr", "kavir")]
    public void The_same_contrast_word_in_another_form_or_alias_still_alerts(string query, string id) =>
        Assert.InRange(Lists.Score(query, id, EntityKind.Organization), Threshold, 1.0);

    [Fact]
    public void Contrast_words_do_not_count_between_person_names()
    {
        var people = Some.Screener(Some.Person("WEST, Jonathan Alexander", id: "west"));
        var hit = people.Search(new ScreeningQuery("Jonathan Alexander East", EntityKind.Person), new SearchOptions(Top: 5, MinScore: 0, Explain: true))
            .Single(h => h.Entity.SourceId == "west");
        Assert.DoesNotContain(hit.Explanation!.Features, f => f.Feature == "contrast");
    }
}
