using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.Matching;

/// <summary>A long name cut at a field's end (SWIFT name lines hold 35 characters): its last word may begin the listed
/// word it stands for, and the listed words after that one were cut off rather than missing.</summary>
public class CutNameTests
{
    private static readonly double Threshold = ScoringProfile.Default.AlertThreshold;

    private static readonly Screener Lists = Some.Screener(
        Some.Org("REVOLUTIONARY ARMED FORCES OF KARVELIA", id: "forces"),
        Some.Org("INSTITUTO NACIONAL DE TURISMO DE KARVELIA S.A.", id: "instituto"),
        Some.Org("NORVALEK MARITIME AND TRADING COMPANY LIMITED", id: "norvalek"),
        Some.Person("KARVELOV, Aleksandr Petrovich", id: "person"));

    private static double Score(string query, string id, EntityKind kind = EntityKind.Organization) =>
        Lists.Search(new ScreeningQuery(query, kind), new SearchOptions(Top: 10, MinScore: 0)).SingleOrDefault(h => h.Entity.SourceId == id)?.Score ?? 0;

    [Theory]
    [InlineData("REVOLUTIONARY ARMED FORCES OF KARV", "forces")] // 34 characters, the last word cut
    [InlineData("INSTITUTO NACIONAL DE TURISMO DE KARVE", "instituto")] // S.A. after it was cut off
    [InlineData("NORVALEK MARITIME AND TRADING COMPA", "norvalek")] // COMPANY cut, LIMITED lost
    public void A_name_cut_at_its_end_meets_the_listed_name(string query, string id)
    {
        Assert.True(Score(query, id) >= Threshold, $"{query}: {Score(query, id):0.000}");
        Assert.True(Score(query, id, EntityKind.Unknown) >= Threshold, $"{query} (no type): {Score(query, id, EntityKind.Unknown):0.000}");
    }

    [Theory]
    [InlineData("FORCES OF KARV", "forces")] // a short name is no cut field
    [InlineData("REVOLUTIONARY ARMED FORCES OF KARV.", "forces")] // a name that ends in a full stop was not cut
    public void A_short_name_or_one_that_ends_in_punctuation_is_read_as_written(string query, string id) =>
        Assert.InRange(Score(query, id), 0, Threshold - 0.01);

    [Fact]
    public void A_persons_name_is_not_read_as_cut()
    {
        // KARV begins KARVELOV, but a customer's name that begins a listed surname is another name: the cut reading meets
        // listed non-persons only.
        Assert.InRange(Score("Aleksandr Petrovich Sergeyevich Karv", "person", EntityKind.Unknown), 0, Threshold - 0.01);
        Assert.InRange(Score("Aleksandr Petrovich Sergeyevich Karv", "person", EntityKind.Person), 0, Threshold - 0.01);
    }

    [Fact]
    public void The_lost_words_are_only_those_after_the_cut_word()
    {
        // The cut word faces the first listed word, so the listed words after it are missing, not cut off.
        Assert.True(Score("MARITIME AND TRADING COMPANY NORVA", "norvalek") < Score("NORVALEK MARITIME AND TRADING COMPA", "norvalek"));
    }
}
