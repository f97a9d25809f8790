using Vigil.Core.Model;

namespace Vigil.Sources.Tests.Un;

public sealed class UnDateOfBirthTests
{
    private const string Individuals = "individuals.xml";
    private const string Odd = "odd.xml";

    [Fact]
    public void Qdi_001_keeps_both_exact_dates()
    {
        var e = UnFixture.Entity(Individuals, "QDi.001");
        Assert.Equal([new BirthDate(new PartialDate(1963, 4, 11)), new BirthDate(new PartialDate(1960, 4, 11))], e.BirthDates);
    }

    [Fact]
    public void Cdi_001_exact_with_only_a_year_is_a_year()
    {
        var date = Assert.Single(UnFixture.Entity(Individuals, "CDi.001").BirthDates);
        Assert.Equal(new BirthDate(new PartialDate(1971)), date);
        Assert.Equal(1, date.From.Precision);
    }

    [Fact]
    public void Iqi_071_approximately_is_an_approximate_year()
    {
        var date = Assert.Single(UnFixture.Entity(Individuals, "IQi.071").BirthDates);
        Assert.True(date.Approximate);
        Assert.Null(date.To);
        Assert.Equal(1, date.From.Precision);
    }

    [Fact]
    public void Cdi_030_between_is_a_range_of_years()
    {
        var date = Assert.Single(UnFixture.Entity(Individuals, "CDi.030").BirthDates);
        Assert.Equal(new BirthDate(new PartialDate(1973), new PartialDate(1974)), date);
    }

    [Fact]
    public void Between_with_the_note_Approximately_is_an_approximate_range()
    {
        var e = UnFixture.Entity(Odd, "XXi.001");
        Assert.Contains(new BirthDate(new PartialDate(1955), new PartialDate(1958), Approximate: true), e.BirthDates);
    }

    [Fact]
    public void A_month_and_year_written_only_in_the_note_give_a_year_month_date()
    {
        // <NOTE>Nov. 1973 </NOTE>
        Assert.Contains(new BirthDate(new PartialDate(1973, 11)), UnFixture.Entity(Odd, "XXi.001").BirthDates);
        // QDi.306 <NOTE>Between Aug. and Sep. 1977</NOTE>
        Assert.Contains(new BirthDate(new PartialDate(1977, 8), new PartialDate(1977, 9)), UnFixture.Entity(Individuals, "QDi.306").BirthDates);
    }

    [Fact]
    public void Qdi_062_dates_and_places_of_birth_given_with_aliases_are_added_after_the_record_own()
    {
        // "Lased Ben Heni" and "Al-As'ad Ben Hani": born 1969-02-05 in Tripoli, Libya; "Mohamed Aouani": 1970-02-05, Tunis.
        var e = UnFixture.Entity(Individuals, "QDi.062");
        Assert.Equal([new BirthDate(new PartialDate(1970, 2, 5)), new BirthDate(new PartialDate(1969, 2, 5))], e.BirthDates);
        Assert.Equal(["Tunis, Tunisia", "Tripoli, Libya"], e.PlacesOfBirth);
    }

    [Fact]
    public void Unreadable_dates_are_warnings_at_their_line_and_empty_ones_are_ignored()
    {
        var result = UnFixture.Parse(Odd);
        var warnings = result.Warnings.Where(w => w.Field == "INDIVIDUAL_DATE_OF_BIRTH").ToList();
        Assert.Equal(
            [UnFixture.LineOf(Odd, "<!-- bad date -->"), UnFixture.LineOf(Odd, "<!-- no date -->")],
            warnings.Select(w => w.Line));
        Assert.Contains("1965-13-01", warnings[0].Message);
        Assert.Contains("30-35 years old", warnings[1].Message);
        Assert.All(warnings, w => Assert.Equal("odd.xml", w.File));
        // Nov. 1973 and 1955-1958 only; the empty <TYPE_OF_DATE/> adds nothing.
        Assert.Equal(2, UnFixture.Entity(Odd, "XXi.001").BirthDates.Count);
    }
}
