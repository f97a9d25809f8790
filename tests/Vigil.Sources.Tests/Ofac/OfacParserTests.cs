using Vigil.Core.Model;
using Vigil.Sources.Ofac;
using static Vigil.Sources.Tests.Ofac.OfacTestFiles;

namespace Vigil.Sources.Tests.Ofac;

/// <summary>Entries of the fixture extracts (real rows of the published files), named by their ent_num.</summary>
public class OfacParserTests
{
    private static readonly Lazy<ListParseResult> Sdn2021 = new(() => ParseFixture(OfacParser.Sdn, "ofac-sdn/2021-07-extract"));
    private static readonly Lazy<ListParseResult> Sdn2019 = new(() => ParseFixture(OfacParser.Sdn, "ofac-sdn/2019-01-extract"));
    private static readonly Lazy<ListParseResult> Cons2025 = new(() => ParseFixture(OfacParser.Consolidated, "ofac-cons/2025-12-extract"));

    private static Entity Sdn(string id) => Assert.Single(Sdn2021.Value.Entities, e => e.SourceId == id);

    [Fact]
    public void Sdn_extract_keeps_file_order_source_and_primary_name_first()
    {
        var entities = Sdn2021.Value.Entities;
        Assert.Equal(["36", "306", "4243", "12300", "12397", "12927", "15962", "18150", "22790", "30502"], entities.Select(e => e.SourceId));
        Assert.All(entities, e =>
        {
            Assert.Equal("ofac-sdn", e.Source);
            Assert.Equal(NameRole.Primary, e.Names[0].Role);
            Assert.Single(e.Names, n => n.Role == NameRole.Primary);
        });
    }

    [Fact]
    public void Sdn_30502_keeps_aliases_addresses_and_registration_numbers()
    {
        var e = Sdn("30502");
        Assert.Equal(EntityKind.Organization, e.Kind);
        Assert.Equal("CEIEC", e.Name);
        Assert.Equal(
            [("CEIEC", NameRole.Primary), ("CHINA NATIONAL ELECTRONICS IMPORT AND EXPORT CORPORATION", NameRole.Alias), ("CHINA NATIONAL ELECTRONIC IMPORT-EXPORT COMPANY", NameRole.Alias)],
            e.Names.Select(n => (n.Full, n.Role)));
        Assert.Equal(["VENEZUELA"], e.Programs);
        Assert.Equal(
            [new Address("Block A 6-23F, No. 17 Fuxing Road, Haidian District", "Beijing 100036", Country: "China", CountryCode: "CN"),
             new Address("Calle Orinoco, Torre Nordic, Piso 6, Las Mercedes", "Caracas 1060", Country: "Venezuela", CountryCode: "VE")],
            e.Addresses);
        Assert.Equal(
            [new Identifier(IdentifierKind.Website, "https://www.ceiec.com", Label: "Website"),
             new Identifier(IdentifierKind.Registration, "16382287", "CN", "Registration Number"),
             new Identifier(IdentifierKind.Uscc, "9111000010000106X1", "CN", "Unified Social Credit Code (USCC)")],
            e.Identifiers);
        Assert.Empty(e.OtherInfo);
    }

    [Fact]
    public void Sdn_22790_keeps_birth_date_cedula_programs_gender_and_citizenship()
    {
        var e = Sdn("22790");
        Assert.Equal(EntityKind.Person, e.Kind);
        Assert.Equal(new EntityName("MADURO MOROS, Nicolas", NameRole.Primary, Given: "Nicolas", Family: "MADURO MOROS"), e.Names[0]);
        Assert.Equal([new BirthDate(new PartialDate(1962, 11, 23))], e.BirthDates);
        Assert.Equal(["Caracas, Venezuela"], e.PlacesOfBirth);
        Assert.Equal(["VE"], e.Citizenships);
        Assert.Equal("Male", e.Gender);
        Assert.Equal([new Identifier(IdentifierKind.Cedula, "5892464", "VE", "Cedula No.")], e.Identifiers);
        Assert.Equal(["VENEZUELA", "IRAN-CON-ARMS-EO"], e.Programs);
        Assert.Equal(["President of the Bolivarian Republic of Venezuela"], e.Titles);
        // The title is repeated at the end of the remarks; it stays there as text.
        Assert.Equal(["President of the Bolivarian Republic of Venezuela"], e.OtherInfo);
        Assert.Equal(new Address(City: "Caracas, Capital District", Country: "Venezuela", CountryCode: "VE"), Assert.Single(e.Addresses));
    }

    [Fact]
    public void Sdn_306_has_weak_alias_BNC_after_its_strong_alias()
    {
        var e = Sdn("306");
        Assert.Equal(
            [("BANCO NACIONAL DE CUBA", NameRole.Primary), ("NATIONAL BANK OF CUBA", NameRole.Alias), ("BNC", NameRole.WeakAlias)],
            e.Names.Select(n => (n.Full, n.Role)));
        Assert.All(e.Names, n => Assert.Null(n.Given));   // organisations are not split at commas
        Assert.Equal(4, e.Addresses.Count);
        Assert.Equal("a.k.a. 'BNC'.", e.Remarks);
    }

    [Fact]
    public void Sdn_12300_joins_the_remarks_overflow_mid_word_and_resolves_links()
    {
        var e = Sdn("12300");
        Assert.Contains("Linked To: PROMO RAIZ S.A.S.; Linked To: RED MUNDIAL", e.Remarks, StringComparison.Ordinal);
        Assert.EndsWith("Linked To: R D I S.A.", e.Remarks, StringComparison.Ordinal);
        Assert.Contains(e.Links, l => l.TargetName == "PROMO RAIZ S.A.S." && l.TargetSourceId is null);   // not in the extract
        Assert.Contains(new EntityLink("Linked To", "RED MUNDIAL INMOBILIARIA, S.A. DE C.V.", "12397"), e.Links);
        Assert.Equal("R D I S.A", e.Links[^1].TargetName);   // the closing period is the remark's; 12904 is not in the extract
        Assert.Equal(new BirthDate(new PartialDate(1965, 5, 13)), e.BirthDates[0]);
        Assert.Equal(3, e.BirthDates.Count);
        Assert.Equal(("Jorge Milton", "CIFUENTES VILLA"), (e.Names[0].Given, e.Names[0].Family));
        Assert.Equal(("Elkin de Jesus", "LOPEZ SALAZAR"), (e.Names[1].Given, e.Names[1].Family));
        Assert.Empty(Sdn2021.Value.Warnings);
    }

    [Fact]
    public void Sdn_4243_keeps_vessel_particulars_and_call_sign()
    {
        var e = Sdn("4243");
        Assert.Equal(EntityKind.Vessel, e.Kind);
        Assert.Equal(new VesselInfo("P3QG3", "General Cargo", "2595", "1116", "Cyprus", "Sand & Swan Navigation Co. Ltd."), e.Vessel);
        Assert.Equal(new Identifier(IdentifierKind.CallSign, "P3QG3", Label: "Call Sign"), Assert.Single(e.Identifiers));
        Assert.Equal(new EntityName("ANA I", NameRole.WeakAlias, Note: "f.k.a."), e.Names[1]);
        Assert.Empty(e.Addresses);   // its add.csv row is all "-0- "
    }

    [Fact]
    public void Sdn_18150_keeps_aircraft_particulars_and_links_to_its_operator()
    {
        var e = Sdn("18150");
        Assert.Equal(EntityKind.Aircraft, e.Kind);
        Assert.Equal(new AircraftInfo(Model: "Airbus A340-642", ManufactureDate: "2002", SerialNumber: "391", TailNumber: "EP-MMH"), e.Aircraft);
        Assert.Equal([IdentifierKind.AircraftSerial, IdentifierKind.AircraftTail], e.Identifiers.Select(i => i.Kind));
        Assert.Equal(new EntityLink("Linked To", "MAHAN AIR", "12927"), Assert.Single(e.Links));
        Assert.Equal(["SDGT", "NPWMD", "IFSR"], e.Programs);
        Assert.Equal(["Additional Sanctions Information - Subject to Secondary Sanctions"], e.OtherInfo);
    }

    [Fact]
    public void Sdn_15962_keeps_a_birth_date_range_passport_and_nationality()
    {
        var e = Sdn("15962");
        Assert.Equal(new BirthDate(new PartialDate(1961, 1, 1), new PartialDate(1962, 12, 31)), Assert.Single(e.BirthDates));
        Assert.Equal(["IR"], e.Nationalities);
        Assert.Equal(new Identifier(IdentifierKind.Passport, "U14624657", "IR", "Passport"), Assert.Single(e.Identifiers));
        Assert.Single(e.Titles);
    }

    [Fact]
    public void Sdn_2019_12300_joins_its_own_overflow_in_an_lf_file()
    {
        var e = Assert.Single(Sdn2019.Value.Entities, x => x.SourceId == "12300");
        Assert.Contains("PROMO RAIZ S.A.S.", e.Remarks, StringComparison.Ordinal);
        Assert.EndsWith("Linked To: R D I S.A.", e.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Cons_9659_is_a_person_of_the_consolidated_source()
    {
        var e = Assert.Single(Cons2025.Value.Entities, x => x.SourceId == "9659");
        Assert.Equal(("ofac-cons", EntityKind.Person), (e.Source, e.Kind));
        Assert.Equal(["SDGT", "NS-PLC"], e.Programs);
        Assert.Equal([new BirthDate(new PartialDate(1961))], e.BirthDates);
        Assert.Equal(["Jabaliya, Gaza Strip"], e.PlacesOfBirth);
        Assert.Equal(4, e.Names.Count);
        Assert.Equal(new Address(City: "Jabaliya", Country: "Region: Gaza", CountryCode: "PS"), Assert.Single(e.Addresses));
    }

    [Fact]
    public void Cons_30930_overflow_completes_the_uscc_country_and_a_weak_alias()
    {
        var e = Assert.Single(Cons2025.Value.Entities, x => x.SourceId == "30930");
        var uscc = Assert.Single(e.Identifiers, i => i.Kind == IdentifierKind.Uscc);
        Assert.Equal(("91110000710934369E", "CN"), (uscc.Number, uscc.Country));
        Assert.Equal("CCCC", e.Names[^1].Full);
        Assert.Equal(NameRole.WeakAlias, e.Names[^1].Role);
        Assert.Contains(e.Identifiers, i => i.Label == "Equity Ticker" && i.Number == "601800 CN");
    }

    [Fact]
    public void Cons_17016_keeps_swift_former_names_and_overflowed_facts()
    {
        var r = Cons2025.Value;
        Assert.Empty(r.Warnings);
        var e = Assert.Single(r.Entities, x => x.SourceId == "17016");
        Assert.Contains(new Identifier(IdentifierKind.SwiftBic, "GAZPRUMM", Label: "SWIFT/BIC"), e.Identifiers);
        Assert.Equal(2, e.Names.Count(n => n.Role == NameRole.Former));
        Assert.Contains("Listing Date (EO 14024 Directive 3): 24 Feb 2022", e.OtherInfo);
        Assert.Contains("'Effective Date (EO 14024 Directive)'", e.Remarks, StringComparison.Ordinal);
    }
}
