using System.Text;
using Vigil.Core.Model;
using Vigil.Sources.UsTrade;
using Vigil.Tests.Shared;

namespace Vigil.Sources.Tests.UsTrade;

/// <summary>The US Commerce lists: the Consolidated Screening List (CSV) and the BIS Denied Persons List (TSV).</summary>
public sealed class UsTradeTests
{
    private static string Fixture(string source, string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", source, name);

    private static ListParseResult Parse(IListParser parser, string name, byte[] content) =>
        parser.Parse(new ListInput([new ListFile(name, new MemoryStream(content, writable: false))]));

    private static ListParseResult ParseFile(IListParser parser, string path) => Parse(parser, Path.GetFileName(path), File.ReadAllBytes(path));

    [Fact]
    public void A_csl_row_keeps_its_list_numbers_aliases_dates_countries_and_typed_identifiers()
    {
        var r = ParseFile(CslParser.Instance, Fixture("us-csl", "consolidated.csv"));
        Assert.Empty(r.Warnings);
        Assert.Equal(["SDN-90001", "EL-example-trading-co", "SDN-90003"], r.Entities.Select(e => e.SourceId));
        var person = r.Entities[0];
        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Equal(["Amir José EXAMPLE-KHAN", "Abu EXAMPLE", "Amir EXEMPLE-KHAN"], person.Names.Select(n => n.Full));
        Assert.Equal([new BirthDate(new PartialDate(1971)), new BirthDate(new PartialDate(1972, 9, 3))], person.BirthDates);
        Assert.Equal(["QA"], person.Nationalities);
        Assert.Equal(["QA"], person.Citizenships);
        Assert.Equal([(IdentifierKind.Passport, "5926671", "QA"), (IdentifierKind.TaxId, "80-0890696", "US")],
            person.Identifiers.Select(i => (i.Kind, i.Number, i.Country!)));
        Assert.Equal(["Specially Designated Nationals (SDN) - Treasury Department", "SDGT", "IRAN"], person.Programs);
        Assert.Equal(new DateOnly(2019, 8, 13), person.ListedOn);
        var ship = r.Entities[2];
        Assert.Equal(("9123456", "HMEX7"), (ship.Identifiers.Single(i => i.Kind == IdentifierKind.Imo).Number, ship.Vessel!.CallSign));
    }

    [Fact]
    public void The_real_csl_sample_reads_all_115_rows_with_unique_ids()
    {
        var r = ParseFile(CslParser.Instance, SharedData.Path("us-csl/csl.csv"));
        Assert.Equal(115, r.Entities.Count);
        Assert.Equal(115, r.Entities.Select(e => e.SourceId).Distinct().Count());
        Assert.Equal(28, r.Entities.Count(e => e.SourceId.StartsWith("SDN-", StringComparison.Ordinal)));
        Assert.Equal(new DateOnly(2019, 8, 13), r.PublishedOn);
        Assert.All(r.Warnings, w => Assert.True(w.Line > 1));
    }

    [Fact]
    public void Dpl_rows_of_one_name_become_one_entry_with_each_address_and_order_and_a_typo_date_is_not_used()
    {
        var r = ParseFile(DplParser.Instance, Fixture("bis-dpl", "dpl.txt"));
        Assert.Equal(["example-exports-llc", "john-q-example"], r.Entities.Select(e => e.SourceId));
        var company = r.Entities[0];
        Assert.Equal("EXAMPLE EXPORTS LLC", company.Name);
        Assert.Equal(2, company.Addresses.Count);
        Assert.Equal((new DateOnly(2017, 10, 16), new DateOnly(2018, 1, 10)), (company.ListedOn, company.AmendedOn));
        Assert.Equal(2, company.OtherInfo.Count);
        var warning = Assert.Single(r.Warnings);
        Assert.Equal((4, "Last_Update"), (warning.Line, warning.Field!));
        Assert.Null(r.Entities[1].AmendedOn);
        Assert.Equal(new DateOnly(2018, 1, 10), r.PublishedOn);
    }

    [Fact]
    public void The_real_dpl_reads_every_row_into_distinct_names()
    {
        var r = ParseFile(DplParser.Instance, SharedData.Path("bis-dpl/dpl.txt"));
        Assert.InRange(r.Entities.Count, 410, 416);
        // Every one of the 546 rows is accounted for: its name is an entry.
        var rowNames = File.ReadAllLines(SharedData.Path("bis-dpl/dpl.txt")).Skip(1).Select(l => l.Split('\t')[0].Trim('"')).ToList();
        Assert.Equal(546, rowNames.Count);
        Assert.All(rowNames, n => Assert.Contains(TradeTable.Slug(n), r.Entities.Select(e => e.SourceId)));
        Assert.Equal(new DateOnly(2019, 6, 12), r.PublishedOn);
        Assert.Contains(r.Warnings, w => w.Message.Contains("3017-08-22", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_cut_mid_row_or_without_the_header_fails_naming_the_line()
    {
        var bytes = File.ReadAllBytes(Fixture("bis-dpl", "dpl.txt"));
        var cut = Assert.Throws<ListFormatException>(() => Parse(DplParser.Instance, "dpl.txt", bytes[..(bytes.Length - 80)]));
        Assert.Equal("line 4", cut.Place);
        var csl = Assert.Throws<ListFormatException>(() => Parse(CslParser.Instance, "csl.csv", Encoding.UTF8.GetBytes("name,dob\nX,1970\n")));
        Assert.Equal("line 1", csl.Place);
        Assert.Contains("'source'", csl.Message, StringComparison.Ordinal);
    }
}
