using System.Text.RegularExpressions;
using Vigil.Core.Model;
using Vigil.Sources.Ofac;
using Vigil.Tests.Shared;
using Xunit.Abstractions;
using static Vigil.Sources.Tests.Ofac.OfacTestFiles;

namespace Vigil.Sources.Tests.Ofac;

/// <summary>The real published files in shared/data: counts from data/README.md and a few well-known entries.</summary>
/// <remarks>Where a count is not in the README, the test derives it from the raw file text, not from the parser.</remarks>
public class OfacRealListTests(ITestOutputHelper output)
{
    private static readonly Lazy<ListParseResult> Sdn2021 = new(() => ParseShared(OfacParser.Sdn, "ofac-sdn/2021-07"));
    private static readonly Lazy<ListParseResult> Sdn2019 = new(() => ParseShared(OfacParser.Sdn, "ofac-sdn/2019-01"));
    private static readonly Lazy<ListParseResult> Cons2025 = new(() => ParseShared(OfacParser.Consolidated, "ofac-cons/2025-12"));

    private static Entity Sdn(string id) => Assert.Single(Sdn2021.Value.Entities, e => e.SourceId == id);
    private static string RawText(string relative) => File.ReadAllText(SharedData.Path(relative));

    private static Dictionary<EntityKind, int> Kinds(ListParseResult r) => r.Entities.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void Sdn_2021_07_has_8976_entries_by_kind()
    {
        var r = Sdn2021.Value;
        Assert.Equal(8976, r.Entities.Count);
        Assert.Equal(new Dictionary<EntityKind, int>
        {
            [EntityKind.Person] = 4620, [EntityKind.Vessel] = 406, [EntityKind.Aircraft] = 277, [EntityKind.Organization] = 3673,
        }, Kinds(r));
    }

    [Fact]
    public void Sdn_2019_01_has_7379_entries_by_kind()
    {
        var r = Sdn2019.Value;
        Assert.Equal(7379, r.Entities.Count);
        Assert.Equal(new Dictionary<EntityKind, int>
        {
            [EntityKind.Person] = 3845, [EntityKind.Vessel] = 323, [EntityKind.Aircraft] = 217, [EntityKind.Organization] = 2994,
        }, Kinds(r));
    }

    [Fact]
    public void Consolidated_2025_12_has_442_entries_79_persons_and_363_entities()
    {
        var r = Cons2025.Value;
        Assert.Equal(442, r.Entities.Count);
        Assert.Equal(new Dictionary<EntityKind, int> { [EntityKind.Person] = 79, [EntityKind.Organization] = 363 }, Kinds(r));
        Assert.All(r.Entities, e => Assert.Equal("ofac-cons", e.Source));
        Assert.Empty(r.Warnings);
    }

    [Fact]
    public void Consolidated_and_sdn_share_four_ent_nums_as_the_readme_says()
    {
        var sdn = Sdn2021.Value.Entities.Select(e => e.SourceId).ToHashSet();
        var shared = Cons2025.Value.Entities.Where(e => sdn.Contains(e.SourceId)).Select(e => e.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["HAMMAD, Fathi Ahmad Mohammad", "ROSNEFT TRADING S.A.", "ROSOBORONEKSPORT OAO", "TNK TRADING INTERNATIONAL S.A."], shared);
    }

    [Fact]
    public void Sdn_2019_to_2021_adds_1858_and_removes_261_ent_nums()
    {
        var old = Sdn2019.Value.Entities.Select(e => e.SourceId).ToHashSet();
        var now = Sdn2021.Value.Entities.Select(e => e.SourceId).ToHashSet();
        Assert.Equal(1858, now.Except(old).Count());
        Assert.Equal(261, old.Except(now).Count());
    }

    [Fact]
    public void Sdn_2021_07_alias_roles_match_the_rows_of_alt_csv()
    {
        var roles = Sdn2021.Value.Entities.SelectMany(e => e.Names).GroupBy(n => n.Role).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(8976, roles[NameRole.Primary]);
        Assert.Equal(11523, roles[NameRole.Alias]);
        Assert.Equal(369, roles[NameRole.Former]);
        Assert.Equal(18, roles[NameRole.NowKnownAs]);
    }

    [Fact]
    public void Sdn_2021_07_weak_aliases_are_every_quoted_aka_and_fka_of_the_remarks()
    {
        var raw = RawText("ofac-sdn/2021-07/sdn.csv") + RawText("ofac-sdn/2021-07/sdn_comments.csv");
        var quoted = Regex.Count(raw, @"[af]\.k\.a\. '");
        Assert.InRange(quoted, 2400, 2500);   // README: about 2,447
        Assert.Equal(quoted, Sdn2021.Value.Entities.Sum(e => e.Names.Count(n => n.Role == NameRole.WeakAlias)));
    }

    [Fact]
    public void Sdn_2021_07_has_4428_entries_with_a_birth_date_and_1192_with_a_passport()
    {
        var entities = Sdn2021.Value.Entities;
        Assert.Equal(4428, entities.Count(e => e.BirthDates.Count > 0));
        Assert.Equal(1192, entities.Count(e => e.Identifiers.Any(i => i.Kind == IdentifierKind.Passport)));
        Assert.Equal(401, entities.Count(e => e.Kind == EntityKind.Vessel && e.Identifiers.Any(i => i.Kind == IdentifierKind.Imo)));
    }

    [Fact]
    public void Sdn_2021_07_keeps_every_address_row_that_says_something()
    {
        var lines = RawText("ofac-sdn/2021-07/add.csv").Split("\r\n");
        var placeholders = lines.Count(l => Regex.IsMatch(l, @"^\d+,\d+,-0- ,-0- ,-0- ,-0- $"));
        Assert.Equal(13837 - placeholders, Sdn2021.Value.Entities.Sum(e => e.Addresses.Count));
    }

    [Fact]
    public void Sdn_30502_keeps_aliases_addresses_and_registration_numbers()
    {
        var e = Sdn("30502");
        Assert.Contains(e.Names, n => n.Full == "CHINA NATIONAL ELECTRONICS IMPORT AND EXPORT CORPORATION" && n.Role == NameRole.Alias);
        Assert.Equal(["Beijing 100036", "Caracas 1060"], e.Addresses.Select(a => a.City));
        Assert.Equal(["CN", "VE"], e.Addresses.Select(a => a.CountryCode));
        Assert.Contains(new Identifier(IdentifierKind.Website, "https://www.ceiec.com", Label: "Website"), e.Identifiers);
        Assert.Contains(new Identifier(IdentifierKind.Registration, "16382287", "CN", "Registration Number"), e.Identifiers);
        Assert.Contains(e.Identifiers, i => i.Kind == IdentifierKind.Uscc && i.Number == "9111000010000106X1");
        Assert.Equal(["VENEZUELA"], e.Programs);
    }

    [Fact]
    public void Sdn_22790_keeps_birth_date_cedula_programs_gender_and_citizenship()
    {
        var e = Sdn("22790");
        Assert.Equal("MADURO MOROS, Nicolas", e.Name);
        Assert.Equal(new PartialDate(1962, 11, 23), Assert.Single(e.BirthDates).From);
        var cedula = Assert.Single(e.Identifiers, i => i.Kind == IdentifierKind.Cedula);
        Assert.Equal(("5892464", "VE"), (cedula.Number, cedula.Country));
        Assert.Equal(["VENEZUELA", "IRAN-CON-ARMS-EO"], e.Programs);
        Assert.Equal("Male", e.Gender);
        Assert.Equal(["VE"], e.Citizenships);
    }

    [Fact]
    public void Sdn_306_has_weak_alias_BNC()
    {
        Assert.Contains(new EntityName("BNC", NameRole.WeakAlias), Sdn("306").Names);
    }

    [Fact]
    public void Sdn_12300_joins_its_remarks_overflow_and_links_resolve_in_the_whole_list()
    {
        var e = Sdn("12300");
        Assert.Contains("Linked To: PROMO RAIZ S.A.S.;", e.Remarks, StringComparison.Ordinal);
        Assert.Contains(new EntityLink("Linked To", "RED MUNDIAL INMOBILIARIA, S.A. DE C.V.", "12397"), e.Links);
        Assert.Equal(new EntityLink("Linked To", "R D I S.A.", "12904"), e.Links[^1]);
    }

    [Fact]
    public void Sdn_2021_07_links_nearly_all_resolve_to_an_entry_of_the_list()
    {
        var links = Sdn2021.Value.Entities.SelectMany(e => e.Links).ToList();
        Assert.True(links.Count > 3000);
        var resolved = links.Count(l => l.TargetSourceId is not null);
        Assert.InRange(resolved / (double)links.Count, 0.99, 1.0);
        var ids = Sdn2021.Value.Entities.Select(e => e.SourceId).ToHashSet();
        Assert.All(links.Where(l => l.TargetSourceId is not null), l => Assert.Contains(l.TargetSourceId!, ids));
    }

    [Fact]
    public void Sdn_2021_07_gives_few_warnings_each_on_the_line_of_its_entry_and_prints_nothing()
    {
        var stdout = Console.Out;
        var stderr = Console.Error;
        using var captured = new StringWriter();
        ListParseResult r;
        try
        {
            Console.SetOut(captured);
            Console.SetError(captured);
            r = ParseShared(OfacParser.Sdn, "ofac-sdn/2021-07");
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
        Assert.Equal("", captured.ToString());
        Assert.InRange(r.Warnings.Count, 0, 5);

        var lines = File.ReadAllLines(SharedData.Path("ofac-sdn/2021-07/sdn.csv"));
        foreach (var w in r.Warnings)
        {
            output.WriteLine(w.ToString());
            var id = Regex.Match(w.Message, @"^entry (\d+):").Groups[1].Value;
            Assert.StartsWith(id + ",", lines[w.Line - 1], StringComparison.Ordinal);
        }
    }
}
