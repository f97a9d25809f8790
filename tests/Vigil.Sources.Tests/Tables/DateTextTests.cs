using Vigil.Core.Model;
using Vigil.Sources.Tables;

namespace Vigil.Sources.Tests.Tables;

/// <summary>The date forms publishers write in free-text cells (DFAT's birth dates hold all of them).</summary>
public sealed class DateTextTests
{
    [Theory]
    [InlineData("12 Dec. 1960", "1960-12-12")]
    [InlineData("12 December 1960", "1960-12-12")]
    [InlineData("9 Sept 1960", "1960-09-09")]
    [InlineData("24 Jan.1973", "1973-01-24")]
    [InlineData("21. Jul 1997", "1997-07-21")]
    [InlineData("March 16, 1972", "1972-03-16")]
    [InlineData("23-Apr-68", "1968-04-23")]
    [InlineData("12/06/1960", "1960-06-12")]
    [InlineData("05.09.1990", "1990-09-05")]
    [InlineData("04/1965", "1965-04")]
    [InlineData("Dec. 1960", "1960-12")]
    [InlineData("1960", "1960")]
    [InlineData("1960-12-12", "1960-12-12")]
    [InlineData("1960-12-12T00:00:00", "1960-12-12")]
    [InlineData(" 12/06/1960\u00A0", "1960-06-12")]
    public void A_written_date_reads_with_the_precision_it_gives(string text, string expected) =>
        Assert.Equal(PartialDate.Parse(expected), DateText.Date(text));

    [Theory]
    [InlineData("31/02/1960")]
    [InlineData("13/13/1960")]
    [InlineData("Smarch 1960")]
    [InlineData("na")]
    [InlineData("1965, 29 March")]
    public void Impossible_or_foreign_text_is_not_a_date(string text) => Assert.Null(DateText.Date(text));

    [Theory]
    [InlineData("Approximately 1955- 1958", "1955", "1958", true)]
    [InlineData("Between 1960 and 1962", "1960", "1962", false)]
    [InlineData("Between 1963 to 1968", "1963", "1968", false)]
    [InlineData("approximately 1977/1978", "1977", "1978", true)]
    [InlineData("March 1968 to March 1969", "1968-03", "1969-03", false)]
    [InlineData("c. 1962", "1962", null, true)]
    [InlineData("circa 1962", "1962", null, true)]
    [InlineData("5 Feb. 1970 (this aka only, alt born 5 Feb. 1969", "1970-02-05", null, false)]
    [InlineData("Approximately 1955. For this aka only", "1955", null, true)]
    public void A_birth_date_reads_ranges_and_approximations(string text, string from, string? to, bool approximate)
    {
        var birth = DateText.BirthDate(text);
        Assert.NotNull(birth);
        Assert.Equal(new BirthDate(PartialDate.Parse(from), to is null ? null : PartialDate.Parse(to), approximate), birth);
    }

    [Fact]
    public void The_first_full_date_in_a_listing_text_is_found()
    {
        Assert.Equal(new DateOnly(2001, 1, 25), DateText.FirstDay("Listed by UN 1267 Committee on 25 January 2001 (amended on 20 December 2005)"));
        Assert.Equal(new DateOnly(2001, 9, 9), DateText.FirstDay("Listed on 9 Sep. 2001 (relisted on 9 Sep. 2003)"));
        Assert.Null(DateText.FirstDay("Instrument of first designation: Autonomous Sanctions (Designated Persons) List 2014"));
    }

    [Theory]
    [InlineData("a) 01/01/1960; b) 02/02/1961", new[] { "01/01/1960", "02/02/1961" })]
    [InlineData("a) 1955 b) 1 Jan. 1956", new[] { "1955", "1 Jan. 1956" })]
    [InlineData("12/03/1970; alt DOB: 13/03/1970", new[] { "12/03/1970", "13/03/1970" })]
    [InlineData("12 Mar 1970 >> 12 Apr 1970", new[] { "12 Mar 1970", "12 Apr 1970" })]
    public void Enumerated_cells_split_into_their_values(string cell, string[] expected) =>
        Assert.Equal(expected, Enumerated.Split(cell));
}
