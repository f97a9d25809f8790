using System.Text;
using Vigil.Core.Model;

namespace Vigil.Sources.Tests.UkOfsi;

/// <summary>The old OFSI CSV (29 columns, Windows-1252) read from the fixture written in that format.</summary>
public sealed class OfsiCsvTests
{
    private static readonly Lazy<ListParseResult> Result = new(() => OfsiFixture.ParseFile(OfsiFixture.CsvPath));

    [Fact]
    public void The_list_date_comes_from_the_Last_Updated_row_and_rows_group_into_entities_by_Group_ID()
    {
        var r = Result.Value;
        Assert.Equal(new DateOnly(2019, 3, 2), r.PublishedOn);
        Assert.Equal(["90001", "90002"], r.Entities.Select(e => e.SourceId));
        Assert.Empty(r.Warnings);
    }

    [Fact]
    public void Windows_1252_text_is_decoded_to_the_characters_the_publisher_wrote()
    {
        var person = Result.Value.Single("90001");
        Assert.Equal("Amir José EXAMPLE-KHAN", person.Name);
        Assert.Contains("Vigil’s tests", person.Remarks, StringComparison.Ordinal);
        var company = Result.Value.Single("90002");
        Assert.Equal("12 Rue de l’Exemple, Genève", company.Addresses.Single().Street);
        Assert.Equal("CH", company.Addresses.Single().CountryCode);
    }

    [Fact]
    public void A_person_keeps_name_parts_roles_dates_with_precision_nationalities_documents_and_the_UN_reference()
    {
        var person = Result.Value.Single("90001");
        Assert.Equal(EntityKind.Person, person.Kind);
        var primary = person.Names[0];
        Assert.Equal((NameRole.Primary, "Amir José", "EXAMPLE-KHAN"), (primary.Role, primary.Given, primary.Family));
        Assert.Equal(["Amir", "José", "EXAMPLE-KHAN"], primary.Parts!);
        Assert.Equal([("Abu Amir AL-EXAMPLI", NameRole.Alias)], person.Names.Skip(1).Select(n => (n.Full, n.Role)));
        Assert.Equal([new BirthDate(new PartialDate(1971)), new BirthDate(new PartialDate(1972, 9))], person.BirthDates);
        Assert.Equal(["QA", "SA"], person.Nationalities);
        var passport = person.Identifiers.Single(i => i.Kind == IdentifierKind.Passport);
        Assert.Equal("5926671", passport.Number);
        Assert.Contains("Qatari passport", passport.Note, StringComparison.Ordinal);
        Assert.Equal("QDi.901", person.UnReference);
        Assert.Equal(["Sheikh", "Financier"], person.Titles);
        Assert.Equal(new DateOnly(2016, 4, 1), person.ListedOn);
        Assert.Equal(new DateOnly(2017, 5, 3), person.AmendedOn);
        Assert.Equal(["The ISIL (Da'esh) and Al-Qaida organisations"], person.Programs);
    }

    [Fact]
    public void A_UN_reference_of_another_party_further_in_the_text_is_not_taken_as_the_entrys_own()
    {
        var company = Result.Value.Single("90002");
        Assert.Null(company.UnReference);
        Assert.Equal([("EXAMPLE TRADING COMPANY", NameRole.Primary), ("EXAMPLE COMMERCIAL CO", NameRole.Former)],
            company.Names.Select(n => (n.Full, n.Role)));
    }

    [Fact]
    public void A_file_cut_in_the_middle_of_its_last_row_fails_naming_the_file_and_line()
    {
        var bytes = File.ReadAllBytes(OfsiFixture.CsvPath);
        var cut = bytes[..(bytes.Length - 60)];
        var ex = Assert.Throws<ListFormatException>(() => OfsiFixture.Parse("ConList.csv", cut));
        Assert.Equal("ConList.csv", ex.File);
        Assert.Equal("line 7", ex.Place);
        Assert.Contains("cut short", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unbalanced_quote_that_swallows_following_rows_fails_naming_its_line()
    {
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(OfsiFixture.CsvPath));
        // Both rows 3 and 4 get the stray quote: the merged row even has the header's column count, yet swallows row 4.
        var broken = text.Replace("Financier,", "\"Financier,", StringComparison.Ordinal);
        var ex = Assert.Throws<ListFormatException>(() => OfsiFixture.Parse("ConList.csv", Encoding.Latin1.GetBytes(broken)));
        Assert.Equal("line 3", ex.Place);
        Assert.Contains("unbalanced quote", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_the_OFSI_header_is_refused_naming_what_it_found()
    {
        var ex = Assert.Throws<ListFormatException>(() => OfsiFixture.Parse("ConList.csv", "Last Updated,01/01/2020\r\nname,dob\r\nX,1970\r\n"u8.ToArray()));
        Assert.Equal("line 2", ex.Place);
        Assert.Contains("'Name 6' and 'Group ID'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_content_is_refused_naming_the_line()
    {
        var ex = Assert.Throws<ListFormatException>(() => OfsiFixture.Parse("ConList.csv", [.. "Last Updated,01/01/2020\r\n"u8, 0x00, 0x01, 0x02]));
        Assert.Equal("line 2", ex.Place);
        Assert.Contains("binary content", ex.Message, StringComparison.Ordinal);
    }
}
