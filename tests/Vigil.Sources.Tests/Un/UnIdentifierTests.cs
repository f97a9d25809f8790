using Vigil.Core.Model;

namespace Vigil.Sources.Tests.Un;

public sealed class UnIdentifierTests
{
    private const string Individuals = "individuals.xml";
    private const string Entities = "entities.xml";
    private const string Odd = "odd.xml";

    private static Identifier Only(string fixture, string id, IdentifierKind kind) =>
        Assert.Single(UnFixture.Entity(fixture, id).Identifiers, i => i.Kind == kind);

    [Fact]
    public void Iri_003_passports_keep_number_and_issuing_country()
    {
        var ids = UnFixture.Entity(Individuals, "IRi.003").Identifiers;
        Assert.Equal(
            [new Identifier(IdentifierKind.Passport, "6620505", "IR", "Passport"), new Identifier(IdentifierKind.Passport, "9003213", "IR", "Passport")],
            ids);
    }

    [Fact]
    public void Qdi_062_national_id_keeps_its_issue_date_as_a_note()
    {
        var id = Only(Individuals, "QDi.062", IdentifierKind.NationalId);
        Assert.Equal(new Identifier(IdentifierKind.NationalId, "W374031", "TN", "National Identification Number", "issued 2011-04-11"), id);
    }

    [Fact]
    public void Kpi_009_one_passport_listed_in_three_languages_is_kept_once()
    {
        // TYPE_OF_DOCUMENT "Numéro de passeport", "Número de pasaporte" and "Passport", all PS381420397.
        var passport = Only(Individuals, "KPi.009", IdentifierKind.Passport);
        Assert.Equal(("PS381420397", "KP"), (passport.Number, passport.Country));
    }

    [Fact]
    public void Qdi_060_documents_without_NUMBER_take_the_number_from_the_note()
    {
        var ids = UnFixture.Entity(Individuals, "QDi.060").Identifiers;
        Assert.Contains(ids, i => i is { Kind: IdentifierKind.Passport, Number: "L 191609" });
        Assert.Contains(ids, i => i is { Kind: IdentifierKind.NationalId, Number: "04643632" });
        // "Italian Fiscal Code: DAOMMD74T11Z352Z" under "National Identification Number"
        Assert.Contains(ids, i => i is { Kind: IdentifierKind.TaxId, Number: "DAOMMD74T11Z352Z" });
    }

    [Fact]
    public void Qdi_037_ssn_in_the_note_is_a_social_security_number()
    {
        var ssn = Only(Individuals, "QDi.037", IdentifierKind.SocialSecurity);
        Assert.Equal("156-92-9858", ssn.Number);
    }

    [Fact]
    public void Tai_071_tazkira_number_in_the_second_type_is_a_national_id()
    {
        var id = Only(Individuals, "TAi.071", IdentifierKind.NationalId);
        Assert.Equal("545167", id.Number);
        Assert.Equal("National Identification Number", id.Label);
        Assert.Contains("issued in 1974", id.Note);
    }

    [Fact]
    public void A_specific_second_type_wins_and_the_number_is_kept_as_written()
    {
        // TYPE_OF_DOCUMENT National Identification Number, TYPE_OF_DOCUMENT2 Voter ID, NUMBER " 11 22 333 "
        var id = Only(Odd, "XXi.001", IdentifierKind.Other);
        Assert.Equal(("11 22 333", "Voter ID", (string?)null), (id.Number, id.Label, id.Country));
        var w = Assert.Single(UnFixture.Parse(Odd).Warnings, w => w.Field == "ISSUING_COUNTRY");
        Assert.Equal(UnFixture.LineOf(Odd, "<!-- unknown document country -->"), w.Line);
    }

    [Fact]
    public void A_document_with_no_number_anywhere_is_a_warning_and_other_info()
    {
        var w = Assert.Single(UnFixture.Parse(Odd).Warnings, w => w.Field == "NUMBER");
        Assert.Equal(UnFixture.LineOf(Odd, "<!-- document without number -->"), w.Line);
        Assert.Contains("Passport: issued in 1993 under another name", UnFixture.Entity(Odd, "XXi.001").OtherInfo);
        Assert.DoesNotContain(UnFixture.Entity(Odd, "XXi.001").Identifiers, i => i.Kind == IdentifierKind.Passport);
    }

    [Fact]
    public void Kpe_047_swift_code_comes_from_the_comments()
    {
        // "SWIFT/BIC: FTBDKPPY."
        Assert.Equal("FTBDKPPY", Only(Entities, "KPe.047", IdentifierKind.SwiftBic).Number);
    }

    [Fact]
    public void Kpe_070_and_Kpe_066_IMO_numbers_come_from_the_comments()
    {
        Assert.Equal("5878561", Only(Entities, "KPe.070", IdentifierKind.Imo).Number);
        // "Company Number IMO 5434358"
        Assert.Equal("5434358", Only(Entities, "KPe.066", IdentifierKind.Imo).Number);
    }

    [Fact]
    public void Iqe_200_and_Ire_021_registration_numbers_come_from_the_comments_with_their_country()
    {
        var federal = Only(Entities, "IQe.200", IdentifierKind.Registration);
        Assert.Equal(("CH-2 17-0-431-423-3", "CH"), (federal.Number, federal.Country));
        var business = Only(Entities, "IRe.021", IdentifierKind.Registration);
        Assert.Equal(("LL06889", "MY"), (business.Number, business.Country));
    }

    [Fact]
    public void Tae_010_tax_numbers_come_from_the_comments()
    {
        var taxIds = UnFixture.Entity(Entities, "TAe.010").Identifiers.Where(i => i.Kind == IdentifierKind.TaxId).ToList();
        Assert.Equal(["1774308", "0980338", "3187777"], taxIds.Select(i => i.Number));
        Assert.All(taxIds, i => Assert.Equal("PK", i.Country));
    }

    [Fact]
    public void Comments_without_identifiers_add_none()
    {
        Assert.Empty(UnFixture.Entity(Entities, "QDe.137").Identifiers);
        Assert.Empty(UnFixture.Entity(Individuals, "CDi.001").Identifiers);
    }
}
