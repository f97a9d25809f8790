using Vigil.Core.Lists;
using Vigil.Core.Model;

namespace Vigil.Core.Tests.Lists;

public sealed class EntityDiffTests
{
    private static readonly Entity Base = new()
    {
        Source = "ofac-sdn",
        SourceId = "22790",
        Kind = EntityKind.Person,
        Names = [new EntityName("MADURO MOROS, Nicolas"), new EntityName("MADURO, Nicolas", NameRole.Alias, Parts: ["Nicolas", "MADURO"])],
        BirthDates = [new BirthDate(new PartialDate(1962, 11, 23))],
        PlacesOfBirth = ["Caracas, Venezuela"],
        Nationalities = ["VE"],
        Citizenships = ["VE"],
        Gender = "Male",
        Identifiers = [new Identifier(IdentifierKind.Cedula, "5892464", "VE", "Cedula No.")],
        Addresses = [new Address(City: "Caracas", Country: "Venezuela")],
        Programs = ["VENEZUELA", "IRAN-CON-ARMS-EO"],
        Titles = ["President"],
        ListedOn = new DateOnly(2017, 7, 31),
        Remarks = "DOB 23 Nov 1962",
        Links = [new EntityLink("Linked To", "X")],
        Vessel = new VesselInfo(Flag: "VE"),
        Aircraft = new AircraftInfo(Model: "A340"),
        OtherInfo = ["note"],
    };

    public static TheoryData<string, EntityFields> OneFieldChanges => new()
    {
        { "kind", EntityFields.Kind },
        { "name", EntityFields.Name },
        { "aliases", EntityFields.Aliases },
        { "alias parts", EntityFields.Aliases },
        { "programs", EntityFields.Programs },
        { "identifiers", EntityFields.Identifiers },
        { "addresses", EntityFields.Addresses },
        { "birth_dates", EntityFields.BirthDates },
        { "places_of_birth", EntityFields.PlacesOfBirth },
        { "nationalities", EntityFields.Nationalities },
        { "citizenships", EntityFields.Citizenships },
        { "gender", EntityFields.Gender },
        { "titles", EntityFields.Titles },
        { "listed_on", EntityFields.ListedOn },
        { "remarks", EntityFields.Remarks },
        { "links", EntityFields.Links },
        { "vessel", EntityFields.Vessel },
        { "aircraft", EntityFields.Aircraft },
        { "other_info", EntityFields.OtherInfo },
    };

    private static Entity Change(string what) => what switch
    {
        "kind" => Base with { Kind = EntityKind.Organization },
        "name" => Base with { Names = [new EntityName("MADURO MOROS, Nicolás"), Base.Names[1]] },
        "aliases" => Base with { Names = [Base.Names[0]] },
        "alias parts" => Base with { Names = [Base.Names[0], Base.Names[1] with { Parts = ["Nicolas", "MADURO", "MOROS"] }] },
        "programs" => Base with { Programs = ["VENEZUELA"] },
        "identifiers" => Base with { Identifiers = [new Identifier(IdentifierKind.Cedula, "5892464", "VE", "Cedula No.", "expired")] },
        "addresses" => Base with { Addresses = [new Address(City: "Caracas", Country: "Venezuela", Street: "Miraflores")] },
        "birth_dates" => Base with { BirthDates = [new BirthDate(new PartialDate(1962, 11))] },
        "places_of_birth" => Base with { PlacesOfBirth = [] },
        "nationalities" => Base with { Nationalities = ["CO"] },
        "citizenships" => Base with { Citizenships = ["VE", "CO"] },
        "gender" => Base with { Gender = null },
        "titles" => Base with { Titles = ["Former President"] },
        "listed_on" => Base with { ListedOn = null },
        "remarks" => Base with { Remarks = "DOB 23 Nov 1962;" },
        "links" => Base with { Links = [new EntityLink("Linked To", "X", "123")] },
        "vessel" => Base with { Vessel = null },
        "aircraft" => Base with { Aircraft = new AircraftInfo(Model: "A340-300") },
        "other_info" => Base with { OtherInfo = [] },
        _ => throw new ArgumentOutOfRangeException(nameof(what)),
    };

    [Theory]
    [MemberData(nameof(OneFieldChanges))]
    public void Given_one_field_changed_When_compared_Then_exactly_that_field_is_reported(string what, EntityFields expected)
    {
        Assert.Equal(expected, EntityDiff.Compare(Base, Change(what)));
        Assert.Equal(expected, EntityDiff.Compare(Change(what), Base));
    }

    [Fact]
    public void Given_a_copy_with_new_but_equal_collections_When_compared_Then_nothing_changed()
    {
        var copy = Base with
        {
            Names = Base.Names.Select(n => n with { Parts = n.Parts?.ToArray() }).ToList(),
            Programs = [.. Base.Programs],
            Identifiers = [.. Base.Identifiers],
        };

        Assert.Equal(EntityFields.None, EntityDiff.Compare(Base, copy));
    }

    [Fact]
    public void Given_the_same_programs_and_aliases_in_another_order_When_compared_Then_nothing_changed()
    {
        var reordered = Base with { Programs = ["IRAN-CON-ARMS-EO", "VENEZUELA"] };

        Assert.Equal(EntityFields.None, EntityDiff.Compare(Base, reordered));
    }

    [Fact]
    public void Given_a_program_listed_twice_instead_of_once_When_compared_Then_programs_changed()
    {
        var twice = Base with { Programs = ["VENEZUELA", "VENEZUELA"] };

        Assert.Equal(EntityFields.Programs, EntityDiff.Compare(Base with { Programs = ["VENEZUELA", "IRAN-CON-ARMS-EO"] }, twice));
    }

    [Fact]
    public void Given_several_fields_changed_When_named_Then_the_names_come_in_a_fixed_order()
    {
        var changed = Base with { Remarks = "x", Kind = EntityKind.Vessel, Programs = [] };

        Assert.Equal(["kind", "programs", "remarks"], EntityFieldNames.Of(EntityDiff.Compare(Base, changed)));
    }
}
