using System.Text;
using Vigil.Core.Model;
using Vigil.Sources.EuFsf;
using Vigil.Tests.Shared;

namespace Vigil.Sources.Tests.EuFsf;

/// <summary>The EU Financial Sanctions File: a fixture written to the published schema, and the real 7-entity excerpt.</summary>
public sealed class EuFsfTests
{
    private static string FixturePath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "eu-fsf", "xmlFullSanctionsList_1_1.xml");

    private static ListParseResult Parse(string name, byte[] content) =>
        EuFsfParser.Instance.Parse(new ListInput([new ListFile(name, new MemoryStream(content, writable: false))]));

    private static readonly Lazy<ListParseResult> Fixture = new(() => Parse("xmlFullSanctionsList_1_1.xml", File.ReadAllBytes(FixturePath)));

    [Fact]
    public void A_person_keeps_every_alias_with_its_strength_and_language_dates_citizenship_documents_and_the_UN_reference()
    {
        var r = Fixture.Value;
        Assert.Equal(new DateOnly(2026, 11, 30), r.PublishedOn);
        Assert.Empty(r.Warnings);
        var person = r.Entities.Single(e => e.SourceId == "EU.9001.01");
        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Equal(
            [("Amir José Example-Khan", NameRole.Primary), ("Abu Example", NameRole.WeakAlias), ("Amir Exemple-Khan", NameRole.Alias)],
            person.Names.Select(n => (n.Full, n.Role)));
        Assert.Equal(("Amir José", "Example-Khan"), (person.Names[0].Given, person.Names[0].Family));
        Assert.Equal("language FR", person.Names[2].Note);
        Assert.Equal([new BirthDate(new PartialDate(1971), Approximate: true), new BirthDate(new PartialDate(1972, 9, 3))], person.BirthDates);
        Assert.Equal(["Doha, QATAR"], person.PlacesOfBirth);
        Assert.Equal(["QA"], person.Citizenships);
        var passport = person.Identifiers.Single();
        Assert.Equal((IdentifierKind.Passport, "5926671", "QA"), (passport.Kind, passport.Number, passport.Country));
        Assert.Contains("issued on 3 May 2007", passport.Note, StringComparison.Ordinal);
        Assert.Equal("QDi.901", person.UnReference);
        Assert.Equal(["TAQA"], person.Programs);
        Assert.Equal((new DateOnly(2011, 10, 12), new DateOnly(2019, 5, 2)), (person.ListedOn, person.AmendedOn));
        Assert.Equal(["Financier", "Sheikh"], person.Titles);
        Assert.Equal("Male", person.Gender);
    }

    [Fact]
    public void An_enterprise_without_an_EU_reference_is_keyed_by_its_FSD_id_and_keeps_its_registration_and_address()
    {
        var company = Fixture.Value.Entities.Single(e => e.SourceId == "fsd-900201");
        Assert.Equal(EntityKind.Organization, company.Kind);
        Assert.Equal(new DateOnly(2014, 7, 31), company.ListedOn);
        Assert.Equal(IdentifierKind.Registration, company.Identifiers.Single().Kind);
        Assert.Equal(("Example Street 1", "Moscow", "101000", "RU"), (company.Addresses[0].Street, company.Addresses[0].City, company.Addresses[0].PostalCode, company.Addresses[0].CountryCode));
        Assert.Contains(company.Names, n => n.Full == "АО «Пример Трейдинг»" && n.Note == "language RU");
    }

    [Fact]
    public void A_file_cut_short_fails_naming_the_file_and_line()
    {
        var text = File.ReadAllText(FixturePath);
        var cut = text[..text.IndexOf("<subjectType code=\"enterprise\"", StringComparison.Ordinal)];
        var ex = Assert.Throws<ListFormatException>(() => Parse("eu.xml", Encoding.UTF8.GetBytes(cut)));
        Assert.Equal("eu.xml", ex.File);
        Assert.StartsWith("line ", ex.Place, StringComparison.Ordinal);
    }

    [Fact]
    public void A_DTD_is_refused_plainly_naming_the_line()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE export [<!ENTITY a \"aaaa\">]>\n<export>&a;</export>";
        var ex = Assert.Throws<ListFormatException>(() => Parse("eu.xml", Encoding.UTF8.GetBytes(xml)));
        Assert.Contains("refuses DTDs", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DtdProcessing", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Place.StartsWith("line 2", StringComparison.Ordinal), ex.Message);
    }

    [Fact]
    public async Task A_record_nested_100000_levels_deep_is_refused_in_seconds_naming_its_line()
    {
        // Found by fuzzing: building the tree of a deeply nested record cost each element a walk up its ancestors.
        var deep = string.Concat(Enumerable.Repeat("<a>", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000));
        var xml = $"<export>\n<sanctionEntity euReferenceNumber=\"EU.1.1\">\n{deep}</sanctionEntity></export>";
        var ex = await Assert.ThrowsAsync<ListFormatException>(() => Task.Run(() => Parse("eu.xml", Encoding.UTF8.GetBytes(xml))).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.StartsWith("line 3", ex.Place, StringComparison.Ordinal);
        Assert.Contains("nests more than 64 levels", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_xml_file_is_not_taken_for_the_EU_list() =>
        Assert.Contains("not the EU Financial Sanctions File",
            Assert.Throws<ListFormatException>(() => Parse("x.xml", "<CONSOLIDATED_LIST/>"u8.ToArray())).Message, StringComparison.Ordinal);

    [Fact]
    public void The_real_2020_excerpt_has_its_7_persons_with_Saddam_Hussein_as_the_primary_name_of_EU_27_28()
    {
        using var stream = File.OpenRead(SharedData.Path("eu-fsf/2020-04-15-excerpt/sample_eu_sanctions.xml"));
        var r = EuFsfParser.Instance.Parse(new ListInput([new ListFile("sample_eu_sanctions.xml", stream)]));
        Assert.Equal(7, r.Entities.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(new DateOnly(2020, 4, 15), r.PublishedOn);
        Assert.Empty(r.Warnings);
        // 29 nameAlias elements; an alias repeated for another language (same whole name) is kept once.
        var aliases = System.Xml.Linq.XDocument.Load(SharedData.Path("eu-fsf/2020-04-15-excerpt/sample_eu_sanctions.xml")).Descendants()
            .Where(e => e.Name.LocalName == "nameAlias").ToList();
        Assert.Equal(29, aliases.Count);
        Assert.Equal(aliases.Select(a => a.Attribute("wholeName")!.Value).ToHashSet(), r.Entities.SelectMany(e => e.Names).Select(n => n.Full).ToHashSet());
        var saddam = r.Entities.Single(e => e.SourceId == "EU.27.28");
        Assert.Equal("Saddam Hussein Al-Tikriti", saddam.Name);
        Assert.Equal([new BirthDate(new PartialDate(1937, 4, 28))], saddam.BirthDates);
    }
}
