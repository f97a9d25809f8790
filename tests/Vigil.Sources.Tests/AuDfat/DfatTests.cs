using Vigil.Core.Model;
using Vigil.Sources.AuDfat;
using Vigil.Sources.Tests.Support;
using Vigil.Tests.Shared;
using Xunit.Abstractions;
using DateCell = Vigil.Sources.Tests.Support.XlsxFixture.DateCell;

namespace Vigil.Sources.Tests.AuDfat;

/// <summary>The DFAT consolidated list: a workbook built here in DFAT's shape, and the real 2024-11 file.</summary>
public sealed class DfatTests(ITestOutputHelper output)
{
    private static readonly object?[] Header =
        ["Reference", "Name of Individual or Entity", "Type", "Name Type", "Date of Birth", "Place of Birth", "Citizenship", "Address",
         "Additional Information", "Listing Information", "Committees", "Control Date", null];

    private static readonly Lazy<ListParseResult> Real = new(() =>
    {
        using var stream = File.OpenRead(SharedData.Path("au-dfat/2024-11/regulation8_consolidated.xlsx"));
        return DfatParser.Instance.Parse(new ListInput([new ListFile("regulation8_consolidated.xlsx", stream)]));
    });

    private static ListParseResult Parse(params object?[][] rows)
    {
        using var stream = new MemoryStream(XlsxFixture.Write([Header, .. rows], "Sheet1"));
        return DfatParser.Instance.Parse(new ListInput([new ListFile("regulation8_consolidated.xlsx", stream)]));
    }

    [Fact]
    public void Rows_of_one_listing_number_become_one_entry_whatever_the_spelling_of_name_type_and_type()
    {
        var result = Parse(
            [7.0, "EXAMPLE Person", "individual ", "Primary Name ", new DateCell(new DateOnly(1960, 12, 12)), "Kabul, Afghanistan", "Russian and Ukrainian", "NA", "Fictitious.", "Listed on 9 Sep. 2001 (relisted on 9 Sep. 2003)", "Autonomous (Russia)", new DateCell(new DateOnly(2024, 11, 11))],
            ["7a", "Ex Ample", "Individual", "Aka", "a) 12/12/1960; b) Approximately 1955", null, null, null, null, null, "Autonomous (Russia)", new DateCell(new DateOnly(2022, 1, 1))],
            ["7b", "ЭКЗАМПЛ", "Individual", "original Script", null, null, null, null, null, null, null, null],
            ["7c", "OLD EXAMPLE", "Individual", "Previously listed as", null, null, null, null, null, null, null, null],
            ["8", "EXAMPLE ENTITY", "Entity ", "primary name", null, null, null, "1 Example Street, Moscow, Russia", null, null, "1267/1989/2253 (ISIL (Da'esh) and Al-Qaida)", null]);

        Assert.Equal(["7", "8"], result.Entities.Select(e => e.SourceId));
        var person = result.Entities[0];
        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Equal(
            [("EXAMPLE Person", NameRole.Primary), ("Ex Ample", NameRole.Alias), ("ЭКЗАМПЛ", NameRole.OriginalScript), ("OLD EXAMPLE", NameRole.Former)],
            person.Names.Select(n => (n.Full, n.Role)));
        Assert.Equal([new BirthDate(new PartialDate(1960, 12, 12)), new BirthDate(new PartialDate(1955), Approximate: true)], person.BirthDates);
        Assert.Equal(["RU", "UA"], person.Citizenships);
        Assert.Empty(person.Addresses);
        Assert.Equal((new DateOnly(2001, 9, 9), new DateOnly(2024, 11, 11)), (person.ListedOn, person.AmendedOn));
        var entity = result.Entities[1];
        Assert.Equal(EntityKind.Organization, entity.Kind);
        Assert.Equal("RU", entity.Addresses.Single().CountryCode);
        Assert.Equal(new DateOnly(2024, 11, 11), result.PublishedOn);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Odd_rows_warn_with_their_row_and_a_reference_without_a_number_is_skipped()
    {
        var result = Parse(
            ["1", "EXAMPLE", "Individual", "Primary Name", "sometime in the sixties", null, null, null, null, null, null, null],
            ["x", "NO NUMBER", "Individual", "Primary Name", null, null, null, null, null, null, null, null],
            ["1a", "EXAMPLE TWO", "Individual", "nickname", null, null, null, null, null, null, null, null]);
        Assert.Equal(["1"], result.Entities.Select(e => e.SourceId));
        Assert.Equal([(2, "Date of Birth"), (3, "Reference"), (4, "Name Type")], result.Warnings.Select(w => (w.Line, w.Field!)));
        Assert.Contains("Date of birth: sometime in the sixties", result.Entities[0].OtherInfo);
    }

    [Fact]
    public void A_damaged_workbook_or_another_sheet_fails_naming_the_file()
    {
        var bytes = XlsxFixture.Write([Header, ["1", "EXAMPLE", "Individual", "Primary Name"]]);
        var cut = Assert.Throws<ListFormatException>(() =>
            DfatParser.Instance.Parse(new ListInput([new ListFile("regulation8_consolidated.xlsx", new MemoryStream(bytes[..(bytes.Length / 2)]))])));
        Assert.Equal("regulation8_consolidated.xlsx", cut.File);
        var other = Assert.Throws<ListFormatException>(() =>
            DfatParser.Instance.Parse(new ListInput([new ListFile("x.xlsx", new MemoryStream(XlsxFixture.Write([["Name", "Date"], ["A", "B"]])))])));
        Assert.Contains("not the DFAT consolidated list", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_2024_11_list_has_3062_listings_and_few_warnings_each_with_its_row()
    {
        var r = Real.Value;
        Assert.Equal(2_316, r.Entities.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(746, r.Entities.Count(e => e.Kind == EntityKind.Organization));
        Assert.Equal(new DateOnly(2024, 11, 11), r.PublishedOn);
        foreach (var w in r.Warnings) output.WriteLine(w.ToString());
        Assert.InRange(r.Warnings.Count, 0, 30);
        Assert.All(r.Warnings, w => Assert.True(w.Line > 1, w.ToString()));
        Assert.All(r.Entities, e => Assert.Equal(NameRole.Primary, e.Names[0].Role));
        // 2,772 date-typed birth-date cells plus the text ones: most persons have a birth date.
        Assert.InRange(r.Entities.Count(e => e.Kind == EntityKind.Person && e.BirthDates.Count > 0), 1_800, 2_316);
        var akhund = r.Entities.Single(e => e.SourceId == "2");
        Assert.Contains(akhund.Names, n => n.Role == NameRole.OriginalScript && n.Full == "محمد حسن أخوند");
        Assert.Equal(["AF"], akhund.Citizenships);
    }
}
