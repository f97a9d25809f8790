using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.Screening;

/// <summary>A query in another script or romanisation finds the listed name through its readings.</summary>
public sealed class ScreenerReadingsTests
{
    private static readonly Vigil.Core.Screening.Screener Lists = Some.Screener(
        Some.Person("KIM Jong Un", id: "ko"),
        Some.Person("ZAKHAROV, Aleksandr Vyacheslavovich", id: "za"),
        Some.Person("MAKHLOUF, Rami", id: "ma"),
        Some.Person("SECHIN, Igor Ivanovich", id: "se"),
        Some.Person("LAVROV, Sergey Viktorovich", id: "la"),
        Some.Person("MIN AUNG HLAING", id: "my"));

    private static readonly double Threshold = ScoringProfile.Default.AlertThreshold;

    [Theory]
    [InlineData("김정은", "ko")]
    [InlineData("alexandervyacheslavovichzakharov", "za")]
    [InlineData("ramimakhlouf", "ma")]
    [InlineData("Ig0r Sech1n", "se")]
    [InlineData("Sergejs Lavrovs", "la")]
    [InlineData("မင်းအောင်လှိုင်", "my")]
    public void A_query_written_otherwise_reaches_the_alert_threshold(string query, string id) =>
        Assert.InRange(Lists.Score(query, id, EntityKind.Person), Threshold, 1.0);

    [Theory]
    [InlineData("김정일", "ko")]
    [InlineData("ramihamsho", "ma")]
    [InlineData("Ig0r Petr0v", "se")]
    public void A_different_name_written_otherwise_stays_below_it(string query, string id) =>
        Assert.True(Lists.Score(query, id, EntityKind.Person) < Threshold);

    [Fact]
    public void A_hit_found_by_a_reading_names_the_reading_as_its_query_part()
    {
        var hit = Lists.Search(new Vigil.Core.Screening.ScreeningQuery("Ig0r Sech1n", EntityKind.Person)).Single(h => h.Entity.SourceId == "se");
        Assert.Equal("Igor Sechin", hit.QueryPart);
    }
}
