using Vigil.Core.Model;
using static Vigil.Sources.Tests.UkOfsi.OfsiFixture;
using DateCell = Vigil.Sources.Tests.Support.XlsxFixture.DateCell;

namespace Vigil.Sources.Tests.UkOfsi;

/// <summary>The 2022-format OFSI workbook (36 columns, <c>(Key):value</c> other information), from workbooks built here.</summary>
public sealed class OfsiXlsxTests
{
    private static readonly object?[][] Rows =
    [
        Row(("Name 6", "EXAMPLOV"), ("Name 1", "Ivan"), ("Name 2", "Petrovich"), ("Name Non-Latin Script", "Иван Петрович ЭКЗАМПЛОВ"),
            ("Non-Latin Script Type", "Cyrillic"), ("Non-Latin Script Language", "Russian"), ("DOB", "00/00/1968"),
            ("Nationality", "(1) Russia (2) Cyprus"), ("Passport Number", "(1) 7101234 (2) K00146605"),
            ("Passport Details", "(1) Russian (2) Cypriot, issued 2019"), ("Group Type", "Individual"), ("Alias Type", "Primary name"),
            ("Other Information", "(UK Sanctions List Ref):RUS9001. (UK Statement of Reasons):Fictitious person. (Gender):Male"),
            ("Regime", "Russia"), ("Listed On", "15/03/2022"), ("Last Updated", "20/03/2024"), ("Group ID", "91001")),
        Row(("Name 6", "EXAMPLOFF"), ("Name 1", "Ivan"), ("Group Type", "Individual"), ("Alias Type", "Primary name variation"),
            ("Group ID", "91001"), ("Regime", "Russia")),
        Row(("Name 6", "Vanya"), ("Group Type", "Individual"), ("Alias Type", "AKA"), ("Alias Quality", "Low quality"),
            ("Group ID", "91001"), ("Regime", "Russia")),
        Row(("Name 6", "EXAMPLE STAR"), ("Group Type", "Ship"), ("Alias Type", "Primary name"), ("Regime", "Democratic People's Republic of Korea"),
            ("Other Information", "(UK Sanctions List Ref):DPR9001. Vessel involved in transfers; listed as asset of EXAMPLE SHIPPING (UN Reference Number: UN Ref KPe.901) (IMO number):9123456 (Flag of ship):North Korea (Type of ship):Oil tanker (Year built):1975"),
            ("Listed On", new DateCell(new DateOnly(2018, 4, 3))), ("Group ID", "91002")),
        Row(("Name 6", "EXAMPLE BANK"), ("Group Type", "Entity"), ("Alias Type", "Primary name"), ("Regime", "Iran"),
            ("Other Information", "(UK Sanctions List Ref):INU9001. (UN Ref):QDE.901. (Type of entity):Bank (Business Reg No):1027700123456 (Phone number):(1) +98 21 1234 (2) +98 21 5678 (Website):www.example.invalid"),
            ("Group ID", 91003.0)),
    ];

    private static readonly Lazy<ListParseResult> Result = new(() => Parse("ConList.xlsx", Workbook("14/04/2025", Rows)));

    [Fact]
    public void Every_row_of_a_group_adds_its_name_with_the_role_its_alias_type_and_quality_give()
    {
        var person = Result.Value.Single("91001");
        Assert.Equal(new DateOnly(2025, 4, 14), Result.Value.PublishedOn);
        Assert.Equal(
            [
                ("Ivan Petrovich EXAMPLOV", NameRole.Primary),
                ("Иван Петрович ЭКЗАМПЛОВ", NameRole.OriginalScript),
                ("Ivan EXAMPLOFF", NameRole.Alias),
                ("Vanya", NameRole.WeakAlias),
            ],
            person.Names.Select(n => (n.Full, n.Role)));
        Assert.Equal("Cyrillic, Russian", person.Names[1].Note);
    }

    [Fact]
    public void Numbered_passport_numbers_pair_with_their_details_and_other_information_pairs_become_facts()
    {
        var person = Result.Value.Single("91001");
        Assert.Equal([("7101234", "Russian"), ("K00146605", "Cypriot, issued 2019")],
            person.Identifiers.Where(i => i.Kind == IdentifierKind.Passport).Select(i => (i.Number, i.Note)));
        Assert.Equal(["RU", "CY"], person.Nationalities);
        Assert.Equal("Male", person.Gender);
        Assert.Contains(person.Identifiers, i => i is { Kind: IdentifierKind.Other, Number: "RUS9001", Label: "UK Sanctions List Ref" });
        Assert.Equal([new BirthDate(new PartialDate(1968))], person.BirthDates);
        Assert.Equal((new DateOnly(2022, 3, 15), new DateOnly(2024, 3, 20)), (person.ListedOn, person.AmendedOn));
    }

    [Fact]
    public void A_ship_is_a_vessel_with_its_IMO_number_and_particulars_and_a_typed_date_cell_reads_as_a_date()
    {
        var ship = Result.Value.Single("91002");
        Assert.Equal(EntityKind.Vessel, ship.Kind);
        Assert.Equal("9123456", ship.Identifiers.Single(i => i.Kind == IdentifierKind.Imo).Number);
        Assert.Equal(("North Korea", "Oil tanker", "1975"), (ship.Vessel!.Flag, ship.Vessel.Type, ship.Vessel.BuildYear));
        Assert.Equal(new DateOnly(2018, 4, 3), ship.ListedOn);
        // The asset's owner's UN reference is not the ship's own.
        Assert.Null(ship.UnReference);
        Assert.Equal("DPR9001", ship.Identifiers.Single(i => i.Kind == IdentifierKind.Other).Number);
    }

    [Fact]
    public void An_entity_keeps_its_UN_reference_in_the_UNs_casing_registration_phones_and_website_and_a_numeric_group_id_reads_as_text()
    {
        var bank = Result.Value.Single("91003");
        Assert.Equal("QDe.901", bank.UnReference);
        Assert.Equal("1027700123456", bank.Identifiers.Single(i => i.Kind == IdentifierKind.Registration).Number);
        Assert.Equal(["+98 21 1234", "+98 21 5678"], bank.Identifiers.Where(i => i.Kind == IdentifierKind.Phone).Select(i => i.Number));
        Assert.Contains(bank.Identifiers, i => i is { Kind: IdentifierKind.Website, Number: "www.example.invalid" });
        Assert.Contains("Type of entity: Bank", bank.OtherInfo);
    }

    [Fact]
    public void Unknown_columns_are_ignored_and_unknown_alias_types_warn_with_their_row()
    {
        object?[] header = [.. Header2022, "Column Added In 2026"];
        object?[] row = [.. Row(("Name 6", "EXAMPLE GROUP"), ("Group Type", "Entity"), ("Alias Type", "Trading name"), ("Group ID", "91009")), "anything"];
        object?[][] rows = [["Last Updated", "10/04/2025"], header, row];
        var result = Parse("ConList.xlsx", Support.XlsxFixture.Write(rows));
        Assert.Equal("EXAMPLE GROUP", result.Single("91009").Name);
        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("unknown", StringComparison.Ordinal));
        Assert.Equal(3, warning.Line);
        Assert.Contains("'Trading name'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_cut_short_fails_naming_the_file()
    {
        var bytes = Workbook("14/04/2025", Rows);
        var ex = Assert.Throws<ListFormatException>(() => Parse("ConList.xlsx", bytes[..(bytes.Length * 2 / 3)]));
        Assert.Equal("ConList.xlsx", ex.File);
        Assert.Contains("XLSX", ex.Message, StringComparison.Ordinal);
    }
}
