using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.Screening;

/// <summary>A name of unknown kind is read as an organisation's name, and also as a person's where a word of it is an
/// organisation word or a place adjective that is a surname too: it finds a listed person as the same name typed as a
/// person's does.</summary>
public sealed class UnknownKindReadingTests
{
    private static readonly Screener Lists = Some.Screener(
        Some.Person("KOVALEVSKY, Pavel", id: "kov"),
        Some.Person("ACERO RAMOS, Luis", id: "ace"),
        Some.Person("CAMBIS, Dimitris", id: "cam"),
        Some.Org("SAMARA METALLURGICAL PLANT", id: "sam"),
        Some.Org("K.L.M. ENGINEERING LIMITED", id: "klm"),
        Some.Org("T.R.G.", id: "trg"),
        Some.Vessel("PROGRESO V", id: "pro"));

    private static readonly double Threshold = ScoringProfile.Default.AlertThreshold;

    [Theory]
    [InlineData("Pavel Kovalevsky", "kov")] // -sky: a place adjective in an organisation's name (Samarskiy = Samara)
    [InlineData("Luis Acero Ramos", "ace")] // acero: steel in an organisation's name
    [InlineData("Dimitris Cambis", "cam")] // cambis: exchange (Catalan) in an organisation's name
    public void A_persons_name_of_unknown_kind_scores_as_the_same_name_typed_as_a_persons(string query, string id)
    {
        var asPerson = Lists.Score(query, id, EntityKind.Person);
        Assert.True(asPerson >= Threshold);
        Assert.Equal(asPerson, Lists.Score(query, id), 6);
        var hit = Lists.Search(new ScreeningQuery(query)).Single(h => h.Entity.SourceId == id);
        Assert.Null(hit.QueryPart);
    }

    [Theory]
    [InlineData("K.L.M. Engineering Limited", "klm", EntityKind.Organization)] // dotted letters: initials in an unknown party's name
    [InlineData("T.R.G.", "trg", EntityKind.Organization)]
    [InlineData("PROGRESO V", "pro", EntityKind.Vessel)] // V: an initial or a Roman numeral
    public void An_organisations_name_of_unknown_kind_scores_as_the_same_name_typed_as_its_kind(string query, string id, EntityKind kind)
    {
        var asTyped = Lists.Score(query, id, kind);
        Assert.True(asTyped >= Threshold);
        Assert.Equal(asTyped, Lists.Score(query, id), 6);
    }

    [Fact]
    public void The_organisation_reading_still_finds_an_organisation()
    {
        Assert.True(Lists.Score("Samarskiy Metallurgicheskiy Zavod", "sam") >= Threshold);
    }

    [Fact]
    public void A_name_closed_by_a_legal_form_is_read_once_as_a_companys()
    {
        // No person reading undoes the legal form: the listed person stays far below the threshold.
        Assert.InRange(Lists.Score("Pavel Kovalevsky Ltd.", "kov"), 0, Threshold - 0.1);
    }
}
