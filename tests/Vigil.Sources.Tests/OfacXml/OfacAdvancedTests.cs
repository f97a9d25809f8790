using System.Text;
using Vigil.Core.Model;
using Vigil.Sources.Ofac;
using Vigil.Sources.OfacXml;
using Vigil.Tests.Shared;

namespace Vigil.Sources.Tests.OfacXml;

/// <summary>OFAC's advanced XML: a fixture in the published schema, the real 2020-03 consolidated file, and the legacy CSV of the same list.</summary>
public sealed class OfacAdvancedTests
{
    private static string FixturePath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ofac-advanced", "sdn_advanced.xml");

    private static ListParseResult Parse(string name, byte[] content) =>
        OfacAdvancedParser.Instance.Parse(new ListInput([new ListFile(name, new MemoryStream(content, writable: false))]));

    private static readonly Lazy<ListParseResult> Fixture = new(() => Parse("sdn_advanced.xml", File.ReadAllBytes(FixturePath)));

    private static readonly Lazy<ListParseResult> Real = new(() =>
        Parse("cons_advanced.xml", File.ReadAllBytes(SharedData.Path("ofac-advanced/2020-03/cons_advanced.xml"))));

    [Fact]
    public void A_person_keeps_name_parts_in_OFACs_legacy_order_original_script_weak_alias_birth_year_nationality_and_passport()
    {
        var r = Fixture.Value;
        Assert.Equal(new DateOnly(2026, 11, 30), r.PublishedOn);
        var person = r.Entities.Single(e => e.SourceId == "90001");
        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Equal(
            [("EXAMPLE-KHAN, Amir", NameRole.Primary), ("أمير خان", NameRole.OriginalScript), ("ABU EXAMPLE", NameRole.WeakAlias)],
            person.Names.Select(n => (n.Full, n.Role)));
        Assert.Equal(("Amir", "EXAMPLE-KHAN"), (person.Names[0].Given, person.Names[0].Family));
        Assert.Equal([new BirthDate(new PartialDate(1971))], person.BirthDates);
        Assert.Equal(["Doha, Qatar"], person.PlacesOfBirth);
        Assert.Equal(["QA"], person.Nationalities);
        Assert.Equal("Male", person.Gender);
        Assert.Equal((IdentifierKind.Passport, "5926671", "QA"), (person.Identifiers[0].Kind, person.Identifiers[0].Number, person.Identifiers[0].Country!));
        Assert.Equal(["SDGT"], person.Programs);
        Assert.Equal(new DateOnly(2016, 4, 1), person.ListedOn);
        Assert.Contains("Some Feature Added Later: kept as other information", person.OtherInfo);
        Assert.Contains("Lists: SDN List", person.OtherInfo);
    }

    [Fact]
    public void A_vessel_keeps_its_IMO_number_call_sign_flag_former_name_and_its_link_to_the_owner()
    {
        var ship = Fixture.Value.Entities.Single(e => e.SourceId == "90002");
        Assert.Equal(EntityKind.Vessel, ship.Kind);
        Assert.Equal("9123456", ship.Identifiers.Single(i => i.Kind == IdentifierKind.Imo).Number);
        Assert.Equal(("HMEX7", "Korea, North"), (ship.Vessel!.CallSign, ship.Vessel.Flag));
        Assert.Contains(ship.Names, n => n is { Full: "OLD EXAMPLE", Role: NameRole.Former });
        Assert.Equal(new EntityLink("Owned or Controlled By", "EXAMPLE-KHAN, Amir", "90001"), ship.Links.Single());
        Assert.Equal("Fictitious vessel.", ship.Remarks);
    }

    [Fact]
    public void A_file_cut_short_fails_naming_the_line_and_another_xml_is_not_taken_for_it()
    {
        var text = File.ReadAllText(FixturePath);
        var cut = text[..text.IndexOf("<SanctionsEntries>", StringComparison.Ordinal)];
        var ex = Assert.Throws<ListFormatException>(() => Parse("sdn_advanced.xml", Encoding.UTF8.GetBytes(cut)));
        Assert.StartsWith("line ", ex.Place, StringComparison.Ordinal);
        Assert.Contains("not an OFAC advanced XML file",
            Assert.Throws<ListFormatException>(() => Parse("x.xml", "<CONSOLIDATED_LIST/>"u8.ToArray())).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_part_group_id_given_twice_keeps_its_first_type_rather_than_failing_the_list()
    {
        // Found by fuzzing: a duplicated <MasterNamePartGroup> line threw ArgumentException out of the parser.
        var text = File.ReadAllText(FixturePath);
        var line = "<MasterNamePartGroup><NamePartGroup ID=\"11\" NamePartTypeID=\"1520\" /></MasterNamePartGroup>";
        var r = Parse("sdn_advanced.xml", Encoding.UTF8.GetBytes(text.Replace(line, line + line, StringComparison.Ordinal)));
        Assert.Equal("EXAMPLE-KHAN, Amir", r.Entities.Single(e => e.SourceId == "90001").Name);
    }

    [Fact]
    public void A_birth_year_past_9999_is_read_as_no_birth_date_rather_than_failing_the_list()
    {
        // Found by fuzzing: <Year>10955</Year> threw ArgumentOutOfRangeException out of the date reader.
        var text = File.ReadAllText(FixturePath);
        var r = Parse("sdn_advanced.xml", Encoding.UTF8.GetBytes(text.Replace("<Year>1971</Year><Month>1</Month>", "<Year>19710</Year><Month>1</Month>", StringComparison.Ordinal)));
        Assert.Equal(Fixture.Value.Entities.Count, r.Entities.Count);
        Assert.Contains(Fixture.Value.Entities, e => e.BirthDates.Count > 0);
        Assert.True(r.Entities.Sum(e => e.BirthDates.Count) < Fixture.Value.Entities.Sum(e => e.BirthDates.Count));
    }

    [Fact]
    public void The_real_2020_03_file_has_375_parties_with_their_documents_features_and_programmes()
    {
        var r = Real.Value;
        Assert.Equal((82, 293), (r.Entities.Count(e => e.Kind == EntityKind.Person), r.Entities.Count(e => e.Kind == EntityKind.Organization)));
        Assert.Equal(new DateOnly(2020, 3, 17), r.PublishedOn);
        Assert.Empty(r.Warnings);
        Assert.Equal(573, r.Entities.Sum(e => e.Identifiers.Count(i => i.Label is not ("SWIFT/BIC" or "Website" or "Email Address"))) + 0);
        var vtb = r.Entities.Single(e => e.SourceId == "17013");
        Assert.Equal("VTB BANK OAO", vtb.Name);
        Assert.Contains(vtb.Identifiers, i => i is { Kind: IdentifierKind.SwiftBic, Number: "VTBRRUMM" });
        Assert.Equal(["UKRAINE-EO13662"], vtb.Programs);
        Assert.All(r.Entities, e => Assert.NotEmpty(e.Programs));
    }

    [Fact]
    public void Parties_keep_OFACs_ent_num_so_the_advanced_and_legacy_files_of_one_list_name_the_same_entries()
    {
        var legacy = OfacParser.Consolidated.Parse(new ListInput(Directory.GetFiles(SharedData.Path("ofac-cons/2025-12"))
            .Select(f => new ListFile(Path.GetFileName(f), new MemoryStream(File.ReadAllBytes(f))))));
        var legacyById = legacy.Entities.ToDictionary(e => e.SourceId);
        var shared = Real.Value.Entities.Where(e => legacyById.ContainsKey(e.SourceId)).ToList();
        Assert.Equal(365, shared.Count);
        // Five years apart, most primary names are still written alike (the others are renamed companies: VTB BANK OAO became
        // VTB BANK PUBLIC JOINT STOCK COMPANY), and persons are written in the same "LAST, First" form by both formats.
        var same = shared.Count(e => string.Equals(e.Name, legacyById[e.SourceId].Name, StringComparison.OrdinalIgnoreCase));
        Assert.InRange(same, 300, 365);
        var persons = shared.Where(e => e.Kind == EntityKind.Person).ToList();
        Assert.NotEmpty(persons);
        Assert.All(persons, p => Assert.Equal(legacyById[p.SourceId].Name, p.Name, ignoreCase: true));
    }
}
