using Vigil.Core.Model;
using Vigil.Sources.Ofac;

namespace Vigil.Sources.Tests.Ofac;

/// <summary>One test per remarks pattern, each with a fact quoted from the 2019-01/2021-07 SDN or 2025-12 consolidated files.</summary>
/// <remarks>
/// Country assertions use only countries the shared table already holds (CN, IR, KP, US, VE), so these tests
/// do not depend on the table being completed; unresolved names are tested with text that is not a country.
/// </remarks>
public class OfacRemarksTests
{
    private static OfacRemarkFacts Parse(string remarks) => OfacRemarks.Parse(remarks);

    /// <summary>The fact went to one place only: none of the other fields picked it up.</summary>
    private static void OnlyOtherInfo(OfacRemarkFacts f, string fact)
    {
        Assert.Equal([fact], f.OtherInfo);
        Assert.Empty(f.Identifiers);
        Assert.Empty(f.Names);
        Assert.Empty(f.BirthDates);
        Assert.Empty(f.Problems);
    }

    // ---- splitting ----------------------------------------------------------------------------------

    [Fact]
    public void Remarks_split_on_semicolons_without_the_closing_period()
    {
        var facts = OfacRemarks.SplitFacts("DOB 23 Nov 1962; POB Caracas, Venezuela; citizen Venezuela; Gender Male; Cedula No. 5892464 (Venezuela).");
        Assert.Equal(["DOB 23 Nov 1962", "POB Caracas, Venezuela", "citizen Venezuela", "Gender Male", "Cedula No. 5892464 (Venezuela)"], facts);
    }

    [Fact]
    public void Semicolons_inside_brackets_do_not_split_a_fact()
    {
        // SDN 11313 quotes a whole passport in brackets.
        var facts = OfacRemarks.SplitFacts("National ID No. 1372584 (Kenya); (Following data derived from an Eritrean passport: Alt. DOB: 10 October 1969; Alt. POB: Keren Eritrea); a.k.a. 'ABU MANSUR'.");
        Assert.Equal(3, facts.Count);
        Assert.StartsWith("(Following data", facts[1], StringComparison.Ordinal);
        Assert.EndsWith("Keren Eritrea)", facts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unbalanced_bracket_does_not_swallow_the_following_facts()
    {
        var facts = OfacRemarks.SplitFacts("Commander of the Faithful ('Amir al-Munineen'; Gender Male; DOB 1960.");
        Assert.Equal(3, facts.Count);
    }

    // ---- names --------------------------------------------------------------------------------------

    [Theory]
    [InlineData("a.k.a. 'BNC'.", "BNC")]                        // 306 BANCO NACIONAL DE CUBA
    [InlineData("a.k.a. 'PEOPLE'S ARMY'.", "PEOPLE'S ARMY")]     // only the outer quotes are the list's
    public void Quoted_aka_is_a_weak_alias(string remarks, string name)
    {
        var alias = Assert.Single(Parse(remarks).Names);
        Assert.Equal(new EntityName(name, NameRole.WeakAlias), alias);
    }

    [Fact]
    public void Quoted_fka_stays_weak_and_notes_the_former_name()
    {
        var alias = Assert.Single(Parse("f.k.a. 'ANA I'.").Names);   // 4243 SAND SWAN
        Assert.Equal(NameRole.WeakAlias, alias.Role);
        Assert.Equal("ANA I", alias.Full);
        Assert.Equal("f.k.a.", alias.Note);
    }

    [Theory]
    // Not in these files (strong aliases are alt.csv rows there); the weak form without quotes.
    [InlineData("a.k.a. BANCO NACIONAL DE CUBA", NameRole.Alias)]
    [InlineData("f.k.a. BANCO NACIONAL DE CUBA", NameRole.Former)]
    [InlineData("n.k.a. BANCO NACIONAL DE CUBA", NameRole.NowKnownAs)]
    public void Unquoted_aka_fka_nka_are_strong_names(string fact, NameRole role)
    {
        var alias = Assert.Single(Parse(fact).Names);
        Assert.Equal(new EntityName("BANCO NACIONAL DE CUBA", role), alias);
    }

    // ---- birth dates --------------------------------------------------------------------------------

    [Theory]
    [InlineData("DOB 23 Nov 1962", "1962-11-23", null, false)]                  // 22790 MADURO MOROS
    [InlineData("DOB Sep 1938", "1938-09", null, false)]
    [InlineData("DOB 1946", "1946", null, false)]
    [InlineData("DOB circa 1951", "1951", null, true)]
    [InlineData("DOB circa 07 Jul 1966", "1966-07-07", null, true)]
    [InlineData("DOB 1951 to 1953", "1951", "1953", false)]
    [InlineData("DOB 01 Jan 1961 to 31 Dec 1962", "1961-01-01", "1962-12-31", false)]  // 15962 NIKOUSOKHAN
    [InlineData("DOB Mar 1962 to Feb 1963", "1962-03", "1963-02", false)]
    [InlineData("DOB circa 1979-1982", "1979", "1982", true)]
    [InlineData("alt. DOB 31 Aug 1953", "1953-08-31", null, false)]
    public void DOB_becomes_a_birth_date(string fact, string from, string? to, bool circa)
    {
        var f = Parse(fact);
        var expected = new BirthDate(PartialDate.Parse(from), to is null ? null : PartialDate.Parse(to), circa);
        Assert.Equal(expected, Assert.Single(f.BirthDates));
        Assert.Empty(f.OtherInfo);
    }

    [Theory]
    [InlineData("DOB 31 Feb 1962")]   // impossible day
    [InlineData("DOB 1962?")]
    public void Unreadable_DOB_is_a_problem_and_kept_as_text(string fact)
    {
        var f = Parse(fact);
        Assert.Empty(f.BirthDates);
        Assert.Equal([fact], f.OtherInfo);
        Assert.Equal("DOB", Assert.Single(f.Problems).Field);
    }

    // ---- place of birth, nationality, citizenship, gender ------------------------------------------

    [Theory]
    [InlineData("POB Caracas, Venezuela", "Caracas, Venezuela")]   // 22790
    [InlineData("alt. POB Yemen", "Yemen")]
    public void POB_becomes_a_place_of_birth(string fact, string place)
    {
        Assert.Equal([place], Parse(fact).PlacesOfBirth);
    }

    [Theory]
    [InlineData("nationality Iran", "IR")]
    [InlineData("alt. nationality Venezuela", "VE")]
    [InlineData("nationality Korea, North", "KP")]
    public void Nationality_becomes_an_iso_code(string fact, string code)
    {
        var f = Parse(fact);
        Assert.Equal([code], f.Nationalities);
        Assert.Empty(f.OtherInfo);
    }

    [Fact]
    public void Nationality_of_registration_is_read_as_nationality()
    {
        Assert.Equal(["KP"], Parse("Nationality of Registration Korea, North").Nationalities);
    }

    [Fact]
    public void Nationality_the_country_table_cannot_resolve_is_left_out_silently()
    {
        var f = Parse("nationality possibly Palestinian");
        Assert.Empty(f.Nationalities);
        Assert.Empty(f.OtherInfo);
        Assert.Empty(f.Problems);
    }

    [Theory]
    [InlineData("citizen Venezuela", "VE")]   // 22790
    [InlineData("alt. citizen United States", "US")]
    public void Citizen_becomes_a_citizenship_code(string fact, string code)
    {
        Assert.Equal([code], Parse(fact).Citizenships);
    }

    [Theory]
    [InlineData("Gender Male", "Male")]
    [InlineData("Gender Female", "Female")]
    public void Gender_is_read(string fact, string gender)
    {
        Assert.Equal(gender, Parse(fact).Gender);
    }

    [Fact]
    public void Linked_to_keeps_the_other_entry_name()
    {
        var f = Parse("Linked To: RED MUNDIAL INMOBILIARIA, S.A. DE C.V.");   // 12300, from sdn_comments.csv
        Assert.Equal(["RED MUNDIAL INMOBILIARIA, S.A. DE C.V"], f.LinkedTo);   // closing period is the remark's
    }

    // ---- identity documents -------------------------------------------------------------------------

    [Theory]
    [InlineData("Passport U14624657 (Iran)", IdentifierKind.Passport, "U14624657", "IR", "Passport")]                       // 15962
    [InlineData("alt. Passport 19820215", IdentifierKind.Passport, "19820215", null, "Passport")]
    [InlineData("Diplomatic Passport A0002987 (Iran)", IdentifierKind.Passport, "A0002987", "IR", "Diplomatic Passport")]
    [InlineData("National ID No. 660000 73767 (Belgium)", IdentifierKind.NationalId, "660000 73767", null, "National ID No.")]
    [InlineData("Cedula No. 5892464 (Venezuela)", IdentifierKind.Cedula, "5892464", "VE", "Cedula No.")]                   // 22790
    [InlineData("C.U.R.P. AIMM67125HCHRRG06 (Mexico) issued 1968", IdentifierKind.Curp, "AIMM67125HCHRRG06", null, "C.U.R.P.")]
    [InlineData("R.F.C. DIB-771110-HQ1 (Mexico)", IdentifierKind.Rfc, "DIB-771110-HQ1", null, "R.F.C.")]
    [InlineData("NIT # 800146749-7 (Colombia)", IdentifierKind.Nit, "800146749-7", null, "NIT #")]
    [InlineData("RUC # 20108363101 (Peru)", IdentifierKind.Ruc, "20108363101", null, "RUC #")]
    [InlineData("Tax ID No. AABA 670850 Y", IdentifierKind.TaxId, "AABA 670850 Y", null, "Tax ID No.")]
    [InlineData("SSN 523-33-8386 (United States)", IdentifierKind.SocialSecurity, "523-33-8386", "US", "SSN")]
    [InlineData("Driver's License No. 180839 (Mexico)", IdentifierKind.DriverLicense, "180839", null, "Driver's License No.")]
    [InlineData("Registration Number 16382287 (China)", IdentifierKind.Registration, "16382287", "CN", "Registration Number")]   // 30502
    [InlineData("Registration ID 14063277", IdentifierKind.Registration, "14063277", null, "Registration ID")]
    [InlineData("Company Number 01074897 (United Kingdom)", IdentifierKind.Registration, "01074897", null, "Company Number")]
    [InlineData("Business Registration Document # F01000003035 (United States)", IdentifierKind.Registration, "F01000003035", "US", "Business Registration Document #")]
    [InlineData("Unified Social Credit Code (USCC) 9111000010000106X1 (China)", IdentifierKind.Uscc, "9111000010000106X1", "CN", "Unified Social Credit Code (USCC)")]   // 30502
    [InlineData("SWIFT/BIC HAVIGB2L", IdentifierKind.SwiftBic, "HAVIGB2L", null, "SWIFT/BIC")]
    [InlineData("Identification Number 2.194.575 (Paraguay)", IdentifierKind.Other, "2.194.575", null, "Identification Number")]
    [InlineData("Residency Number 003-5506420-0100028 (Costa Rica)", IdentifierKind.ResidencyNumber, "003-5506420-0100028", null, "Residency Number")]
    [InlineData("Birth Certificate Number 32270 (Iran)", IdentifierKind.BirthCertificate, "32270", "IR", "Birth Certificate Number")]
    [InlineData("Travel Document Number A0020375 (Germany)", IdentifierKind.TravelDocument, "A0020375", null, "Travel Document Number")]
    public void Document_is_read_with_kind_number_country_and_label(string fact, IdentifierKind kind, string number, string? country, string label)
    {
        var f = Parse(fact);
        var id = Assert.Single(f.Identifiers);
        Assert.Equal((kind, number, label), (id.Kind, id.Number, id.Label));
        if (country is not null) Assert.Equal(country, id.Country);
        Assert.Empty(f.OtherInfo);
        Assert.Empty(f.Problems);
    }

    [Fact]
    public void Document_issue_and_expiry_dates_go_to_the_note()
    {
        var id = Assert.Single(Parse("Passport G 649385 issued 08 Sep 2006 expires 17 Jul 2011").Identifiers);
        Assert.Equal("G 649385", id.Number);
        Assert.Equal("issued 08 Sep 2006 expires 17 Jul 2011", id.Note);
        Assert.Null(id.Country);
    }

    [Fact]
    public void Document_bracket_that_is_no_known_country_is_kept_in_the_note()
    {
        var id = Assert.Single(Parse("alt. Matricula Mercantil No 37062402 (Medellin)").Identifiers);
        Assert.Equal((IdentifierKind.Registration, "37062402", (string?)null), (id.Kind, id.Number, id.Country));
        Assert.Equal("country: Medellin", id.Note);
    }

    [Fact]
    public void Document_with_two_brackets_takes_the_last_as_country()
    {
        var id = Assert.Single(Parse("Company Number 3848561 (New York) (United States)").Identifiers);
        Assert.Equal(("3848561 (New York)", "US"), (id.Number, id.Country));
    }

    [Theory]
    [InlineData("File Number 5736292 (United States)", "File Number", "5736292")]
    [InlineData("Aircraft Mode S Transponder Code 140AE7", "Aircraft Mode S Transponder Code", "140AE7")]
    [InlineData("Chinese Commercial Code 1728 4320", "Chinese Commercial Code", "1728 4320")]
    public void Unlisted_document_label_becomes_other_with_the_lists_words(string fact, string label, string number)
    {
        var id = Assert.Single(Parse(fact).Identifiers);
        Assert.Equal((IdentifierKind.Other, label, number), (id.Kind, id.Label, id.Number));
    }

    [Fact]
    public void A_sentence_that_mentions_a_number_stays_other_information()
    {
        const string fact = "Company ID: No. 59 531 at Commercial Registry of the Civil Court of First Instance at Baabda, Lebanon";
        OnlyOtherInfo(Parse(fact), fact);
    }

    // ---- vessels ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Vessel Registration Identification IMO 9116412", "9116412", "Vessel Registration Identification IMO")]
    [InlineData("Company Number IMO 5055293", "5055293", "Company Number IMO")]
    [InlineData("Identification Number IMO 5342883", "5342883", "Identification Number IMO")]
    [InlineData("International Maritime Organization No. (5777731)", "5777731", "International Maritime Organization No.")]
    public void IMO_number_becomes_an_imo_identifier(string fact, string number, string label)
    {
        var f = Parse(fact);
        var id = Assert.Single(f.Identifiers);
        Assert.Equal((IdentifierKind.Imo, number, label), (id.Kind, id.Number, id.Label));
        Assert.Empty(f.Problems);
    }

    [Fact]
    public void IMO_number_without_seven_digits_is_kept_and_reported()
    {
        var f = Parse("Vessel Registration Identification IMO 15411");   // SDN 23424
        Assert.Equal("15411", Assert.Single(f.Identifiers).Number);
        Assert.Equal("IMO", Assert.Single(f.Problems).Field);
    }

    [Fact]
    public void MMSI_becomes_an_mmsi_identifier()
    {
        var id = Assert.Single(Parse("MMSI 572469210").Identifiers);
        Assert.Equal((IdentifierKind.Mmsi, "572469210"), (id.Kind, id.Number));
    }

    [Fact]
    public void Other_vessel_call_sign_becomes_a_call_sign()
    {
        var id = Assert.Single(Parse("Other Vessel Call Sign 5IM713").Identifiers);
        Assert.Equal((IdentifierKind.CallSign, "5IM713", "Other Vessel Call Sign"), (id.Kind, id.Number, id.Label));
    }

    [Fact]
    public void Vessel_year_of_build_is_read()
    {
        // Not in these files (later OFAC lists use it).
        Assert.Equal("1998", Parse("Vessel Year of Build 1998").VesselBuildYear);
    }

    [Fact]
    public void Vessel_flag_in_remarks_is_read()
    {
        // Not in these files, where the flag is the Vess_flag column.
        Assert.Equal("Panama", Parse("Vessel Flag Panama").VesselFlag);
    }

    [Theory]
    [InlineData("Former Vessel Flag Malta")]
    [InlineData("alt. Former Vessel Flag Tanzania")]
    [InlineData("Other Vessel Flag Tanzania")]
    [InlineData("Other Vessel Type Roll-on Roll-off")]
    public void Other_and_former_vessel_flags_stay_other_information(string fact)
    {
        var f = Parse(fact);
        OnlyOtherInfo(f, fact);
        Assert.Null(f.VesselFlag);
    }

    // ---- aircraft -----------------------------------------------------------------------------------

    [Fact]
    public void Aircraft_manufacturers_serial_number_is_the_serial()
    {
        var f = Parse("Aircraft Manufacturer's Serial Number (MSN) 1023409321");
        Assert.Equal("1023409321", f.AircraftSerialNumber);
        Assert.Equal((IdentifierKind.AircraftSerial, "1023409321"), (f.Identifiers[0].Kind, f.Identifiers[0].Number));
    }

    [Theory]
    [InlineData("Aircraft Construction Number (also called L/N or S/N or F/N) 8401", "8401")]
    [InlineData("Aircraft Serial Identification 258512", "258512")]
    public void Aircraft_construction_and_serial_identification_become_serial_identifiers(string fact, string number)
    {
        var id = Assert.Single(Parse(fact).Identifiers);
        Assert.Equal((IdentifierKind.AircraftSerial, number), (id.Kind, id.Number));
    }

    [Fact]
    public void Aircraft_model_is_read()
    {
        Assert.Equal("IL76-TD", Parse("Aircraft Model IL76-TD").AircraftModel);
    }

    [Theory]
    [InlineData("Aircraft Manufacture Date 1992", "1992")]
    [InlineData("Aircraft Manufacture Date 01 Dec 1981", "1981-12-01")]
    public void Aircraft_manufacture_date_is_read_as_an_iso_date(string fact, string date)
    {
        Assert.Equal(date, Parse(fact).AircraftManufactureDate);
    }

    [Fact]
    public void Aircraft_operator_is_read_and_a_second_one_kept_as_text()
    {
        var f = Parse("Aircraft Operator YAS AIR; alt. Aircraft Operator MAHAN AIR");
        Assert.Equal("YAS AIR", f.AircraftOperator);
        Assert.Equal(["Aircraft Operator MAHAN AIR"], f.OtherInfo);
    }

    [Theory]
    [InlineData("Aircraft Tail Number EP-MMH", "Aircraft Tail Number", "EP-MMH")]
    [InlineData("Previous Aircraft Tail Number YI-NAE", "Previous Aircraft Tail Number", null)]
    public void Aircraft_tail_numbers_become_tail_identifiers(string fact, string label, string? current)
    {
        var f = Parse(fact);
        var id = Assert.Single(f.Identifiers);
        Assert.Equal((IdentifierKind.AircraftTail, label), (id.Kind, id.Label));
        Assert.Equal(current, f.AircraftTailNumber);
    }

    // ---- contact details and digital currency -------------------------------------------------------

    [Theory]
    [InlineData("Website https://www.ceiec.com", IdentifierKind.Website, "https://www.ceiec.com")]   // 30502
    [InlineData("Email Address dam.d.free@net.sy", IdentifierKind.Email, "dam.d.free@net.sy")]
    [InlineData("Telephone (98)(21)(66153220)", IdentifierKind.Phone, "(98)(21)(66153220)")]
    [InlineData("Phone Number 982188526300", IdentifierKind.Phone, "982188526300")]
    [InlineData("Fax No. 263-4-487261", IdentifierKind.Phone, "263-4-487261")]
    public void Contact_details_become_identifiers(string fact, IdentifierKind kind, string value)
    {
        var id = Assert.Single(Parse(fact).Identifiers);
        Assert.Equal((kind, value), (id.Kind, id.Number));
    }

    [Theory]
    [InlineData("Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", "XBT")]
    [InlineData("Digital Currency Address - ETH 0x7F367cC41522cE07553e823bf3be79A889DEbe1B", "ETH")]
    [InlineData("alt. Digital Currency Address - LTC LaizKtS5DUhPuP1nTQcc83MS7HwK6vk85z", "LTC")]
    [InlineData("Digital Currency Address - XMR 5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320", "XMR")]
    public void Digital_currency_address_keeps_currency_in_label_and_address_as_written(string fact, string currency)
    {
        var id = Assert.Single(Parse(fact).Identifiers);
        Assert.Equal(IdentifierKind.DigitalCurrencyAddress, id.Kind);
        Assert.Equal("Digital Currency Address - " + currency, id.Label);
        Assert.Equal(fact.Split(' ')[^1], id.Number);
    }

    // ---- facts without a field of their own ---------------------------------------------------------

    [Theory]
    [InlineData("Additional Sanctions Information - Subject to Secondary Sanctions")]
    [InlineData("Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210")]
    [InlineData("Organization Established Date 17 Dec 2016")]
    [InlineData("Organization Type: Construction of other civil engineering projects")]
    [InlineData("Target Type Government Entity")]
    [InlineData("Executive Order 13662 Directive Determination - Subject to Directive 2")]
    [InlineData("Listing Date (EO 14024 Directive 3): 24 Feb 2022")]
    public void Sanctions_and_organisation_facts_stay_other_information_as_written(string fact)
    {
        OnlyOtherInfo(Parse(fact), fact);
    }
}
