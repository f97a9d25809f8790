using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.Matching;

/// <summary>A patronymic chain keeps its order: the same words naming child and parent the other way round are another person.</summary>
public class LineageFeatureTests
{
    private static readonly double Threshold = ScoringProfile.Default.AlertThreshold;

    private static readonly Screener Lists = Some.Screener(
        Some.Person("AL HADDAD, Muhammad bin Salman bin Fahd", id: "mbs"),
        Some.Person("AL RASHIDI, Abdullah bin Khalid", id: "abk"));

    [Theory]
    [InlineData("Salman bin Muhammad Al Haddad", "mbs")]
    [InlineData("SALMAN BIN MOHAMMED AL HADDAD", "mbs")]
    [InlineData("Khalid bin Abdullah al Rashidi", "abk")]
    public void Child_and_parent_the_other_way_round_do_not_alert(string query, string id)
    {
        Assert.InRange(Lists.Score(query, id, EntityKind.Person), 0, Threshold - 0.01);
        var hit = Lists.Search(new ScreeningQuery(query, EntityKind.Person), new SearchOptions(Top: 5, MinScore: 0, Explain: true))
            .Single(h => h.Entity.SourceId == id);
        Assert.Contains(hit.Explanation!.Features, f => f.Feature == "lineage" && f.Effect < 0);
    }

    [Theory]
    [InlineData("Salman bin Fahd Al Haddad", "mbs")] // Salman son of Fahd: the listed Muhammad's father
    [InlineData("Salman Fahd Al Haddad", "mbs")] // the same chain without bin
    public void A_query_that_names_the_listed_persons_parent_by_the_rest_of_the_chain_is_a_conflict(string query, string id)
    {
        var hit = Lists.Search(new ScreeningQuery(query, EntityKind.Person), new SearchOptions(Top: 5, MinScore: 0, Explain: true))
            .Single(h => h.Entity.SourceId == id);
        Assert.Contains(hit.Explanation!.Features, f => f.Feature == "lineage" && f.Effect < 0 && f.Detail == "parent");
        Assert.InRange(NameComparer.Compare(query, "Muhammad bin Salman bin Fahd Al Haddad", EntityKind.Person), 0, Threshold - 0.01);
    }

    [Theory]
    [InlineData("Muhammad bin Salman Al Haddad", "mbs")]
    [InlineData("Mohammed ibn Salman Al Haddad", "mbs")]
    [InlineData("Muhammad Salman Al Haddad", "mbs")]
    [InlineData("Muhammad bin Salman bin Fahd", "mbs")]
    [InlineData("Abdullah bin Khalid Al Rashidi", "abk")]
    public void The_chain_in_its_order_is_no_conflict(string query, string id)
    {
        var hit = Lists.Search(new ScreeningQuery(query, EntityKind.Person), new SearchOptions(Top: 5, MinScore: 0, Explain: true))
            .Single(h => h.Entity.SourceId == id);
        Assert.DoesNotContain(hit.Explanation!.Features, f => f.Feature == "lineage");
    }
}
