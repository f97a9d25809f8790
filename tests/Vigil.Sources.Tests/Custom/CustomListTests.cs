using System.Text;
using Vigil.Core.Model;
using Vigil.Sources.Custom;

namespace Vigil.Sources.Tests.Custom;

/// <summary>Custom lists: Vigil's CSV and JSON-lines shapes, FollowTheMoney entities, and strict errors naming line and field.</summary>
public sealed class CustomListTests
{
    private static readonly CustomListParser Watchlist = CustomListParser.For("custom:watchlist")!;

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "custom", name);

    private static ListParseResult Parse(string name, string content) =>
        Watchlist.Parse(new ListInput([new ListFile(name, new MemoryStream(Encoding.UTF8.GetBytes(content)))]));

    private static ListParseResult ParseFile(string name) => Parse(name, File.ReadAllText(Fixture(name)));

    [Theory]
    [InlineData("custom:watchlist", true)]
    [InlineData("custom:pep-2026", true)]
    [InlineData("custom:", false)]
    [InlineData("custom:Upper", false)]
    [InlineData("custom:a/b", false)]
    [InlineData("watchlist", false)]
    public void A_custom_list_is_named_custom_and_a_plain_name(string source, bool valid) =>
        Assert.Equal(valid, ListSources.ParserFor(source) is not null);

    [Fact]
    public void The_csv_and_the_json_lines_shape_give_the_same_entries()
    {
        var csv = ParseFile("watchlist.csv");
        var json = ParseFile("watchlist.jsonl");
        Assert.Equal(csv.Entities.Select(e => Store(e)), json.Entities.Select(e => Store(e)));
        var person = csv.Entities[0];
        Assert.Equal(("custom:watchlist", "E-1", EntityKind.Person), (person.Source, person.SourceId, person.Kind));
        Assert.Equal(["Ivan Petrovich EXAMPLOV", "Vanya Examplov", "I. P. Examplov"], person.Names.Select(n => n.Full));
        Assert.Equal([new BirthDate(new PartialDate(1968, 3, 2)), new BirthDate(new PartialDate(1968))], person.BirthDates);
        Assert.Equal(["RU", "CY"], person.Nationalities);
        Assert.Equal((IdentifierKind.Passport, "7101234", "RU"), (person.Identifiers[0].Kind, person.Identifiers[0].Number, person.Identifiers[0].Country!));
        Assert.Equal(["risk_owner: Team A"], person.OtherInfo);
        var company = csv.Entities[1];
        Assert.Equal([("Example Trading LLC", NameRole.Primary), ("Example Trade", NameRole.Alias), ("ETL", NameRole.WeakAlias), ("Example Commerce LLC", NameRole.Former)],
            company.Names.Select(n => (n.Full, n.Role)));
        Assert.Contains("risk_owner", Assert.Single(csv.Warnings).Message, StringComparison.Ordinal);
    }

    private static string Store(Entity e) =>
        string.Join("|", e.SourceId, e.Kind, string.Join(";", e.Names.Select(n => $"{n.Full}/{n.Role}")), string.Join(";", e.BirthDates),
            string.Join(";", e.Nationalities), string.Join(";", e.Identifiers.Select(i => $"{i.Kind}/{i.Number}/{i.Country}")),
            string.Join(";", e.Programs), e.ListedOn, e.Remarks, string.Join(";", e.OtherInfo));

    [Fact]
    public void FollowTheMoney_parties_are_read_with_their_sanctions_and_other_schemas_are_counted_not_lost_silently()
    {
        var r = ParseFile("entities.ftm.json");
        Assert.Equal(["ex-person-1", "ex-company-1", "ex-vessel-1"], r.Entities.Select(e => e.SourceId));
        var person = r.Entities[0];
        Assert.Equal((EntityKind.Person, "Ivan Petrovich Examplov", "Ivan Petrovich", "Examplov"), (person.Kind, person.Name, person.Names[0].Given, person.Names[0].Family));
        Assert.Contains(person.Names, n => n is { Full: "Vanya", Role: NameRole.WeakAlias });
        Assert.Equal(["RU"], person.Nationalities);
        Assert.Equal(["RUSSIA-EO14024"], person.Programs);
        Assert.Equal(new DateOnly(2022, 3, 11), person.ListedOn);
        Assert.Equal("Male", person.Gender);
        var company = r.Entities[1];
        Assert.Contains(company.Names, n => n is { Full: "ООО «Пример Трейдинг»", Role: NameRole.Alias });
        Assert.Contains(company.Names, n => n is { Full: "Example Commerce LLC", Role: NameRole.Former });
        Assert.Contains(company.Identifiers, i => i is { Kind: IdentifierKind.TaxId, Number: "7700000000" });
        Assert.Equal("9123456", r.Entities[2].Identifiers.Single(i => i.Kind == IdentifierKind.Imo).Number);
        Assert.Contains(r.Warnings, w => w.Line == 5 && w.Message.Contains("not-in-this-file", StringComparison.Ordinal));
        Assert.Contains(r.Warnings, w => w.Message.Contains("1 Address entity left out", StringComparison.Ordinal));
        Assert.Contains(r.Warnings, w => w.Message.Contains("1 Ownership entity left out", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("id,name\nE-1,A\nE-1,B\n", "line 3, field id", "already used on line 2")]
    [InlineData("id,name\nE-1,\n", "line 2, field name", "no name")]
    [InlineData("id,name,birth_dates\nE-1,A,02/03/1968\n", "line 2, field birth_dates", "YYYY")]
    [InlineData("id,name,nationalities\nE-1,A,Atlantis\n", "line 2, field nationalities", "Atlantis")]
    [InlineData("id,name,kind\nE-1,A,dragon\n", "line 2, field kind", "dragon")]
    [InlineData("name,dob\nA,1970\n", "line 1", "'id'")]
    [InlineData("{\"id\": \"E-1\", \"name\": \"A\"}\n{\"id\": \"E-2\", \"name\": \n", "line 2", "not a JSON object")]
    [InlineData("{\"id\": \"E-1\", \"name\": \"A\", \"aliases\": [{\"x\": 1}]}\n", "line 1, field aliases", "list of strings")]
    [InlineData("{\"id\": \"p\", \"schema\": \"Person\", \"properties\": {}}\n", "line 1, field properties.name", "no name")]
    public void A_bad_row_fails_the_whole_list_naming_line_and_field(string content, string place, string reason)
    {
        var ex = Assert.Throws<ListFormatException>(() => Parse("list", content));
        Assert.Equal(place, ex.Place);
        Assert.Contains(reason, ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_entrys_reference_keeps_the_lists_colon()
    {
        Assert.True(SourceRef.TryParse("custom:watchlist:E-1", out var key));
        Assert.Equal(new SourceRef("custom:watchlist", "E-1"), key);
        Assert.True(SourceRef.TryParse("ofac-sdn:30502", out var sdn));
        Assert.Equal(new SourceRef("ofac-sdn", "30502"), sdn);
    }
}
