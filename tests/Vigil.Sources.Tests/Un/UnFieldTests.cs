using Vigil.Core.Model;

namespace Vigil.Sources.Tests.Un;

public sealed class UnFieldTests
{
    private const string Individuals = "individuals.xml";
    private const string Entities = "entities.xml";
    private const string Odd = "odd.xml";

    [Fact]
    public void Individuals_are_persons_and_entities_are_organisations_with_trimmed_reference_numbers()
    {
        Assert.All(UnFixture.Parse(Individuals).Entities, e => Assert.Equal(EntityKind.Person, e.Kind));
        Assert.All(UnFixture.Parse(Entities).Entities, e => Assert.Equal(EntityKind.Organization, e.Kind));
        Assert.All(UnFixture.Parse(Entities).Entities, e => Assert.Equal("un", e.Source));
        // <REFERENCE_NUMBER> XXi.001 </REFERENCE_NUMBER>; twelve KPe numbers in the real file carry a trailing space.
        Assert.Equal("XXi.001", UnFixture.Parse(Odd).Entities[0].SourceId);
    }

    [Fact]
    public void Iri_003_and_Kpi_009_nationalities_are_ISO_codes()
    {
        Assert.Equal(["IR"], UnFixture.Entity(Individuals, "IRi.003").Nationalities);
        Assert.Equal(["KP"], UnFixture.Entity(Individuals, "KPi.009").Nationalities);
        Assert.Equal(["CD"], UnFixture.Entity(Individuals, "CDi.001").Nationalities);
    }

    [Fact]
    public void Nationality_na_is_ignored_and_an_unknown_one_is_a_warning_at_its_line()
    {
        Assert.Equal(["TR"], UnFixture.Entity(Odd, "XXi.001").Nationalities);
        var w = Assert.Single(UnFixture.Parse(Odd).Warnings, w => w.Field == "NATIONALITY");
        Assert.Equal(UnFixture.LineOf(Odd, "<!-- unknown nationality -->"), w.Line);
        Assert.Contains("Atlantis", w.Message);
    }

    [Fact]
    public void Cdi_003_designations_and_Tai_071_title_are_titles_title_first()
    {
        Assert.Equal(["FDLR Interim President", "FDLR-FOCA 1st Vice-President", "FDLR-FOCA Major General"], UnFixture.Entity(Individuals, "CDi.003").Titles);
        Assert.Equal(["Maulavi", "Deputy Minister of Finance under the Taliban regime"], UnFixture.Entity(Individuals, "TAi.071").Titles);
    }

    [Fact]
    public void Programs_are_the_UN_list_type()
    {
        Assert.Equal(["Al-Qaida"], UnFixture.Entity(Individuals, "QDi.001").Programs);
        Assert.Equal(["DPRK"], UnFixture.Entity(Individuals, "KPi.009").Programs);
        Assert.Equal(["Taliban"], UnFixture.Entity(Entities, "TAe.010").Programs);
    }

    [Fact]
    public void Program_falls_back_to_the_reference_number_prefix()
    {
        // XXe.001 has no UN_LIST_TYPE.
        Assert.Equal(["XX"], UnFixture.Entity(Odd, "XXe.001").Programs);
    }

    [Fact]
    public void Listed_on_gender_and_comments_are_kept()
    {
        var e = UnFixture.Entity(Individuals, "CDi.001");
        Assert.Equal(new DateOnly(2012, 12, 31), e.ListedOn);
        Assert.Equal("Male", e.Gender);
        Assert.StartsWith("He fled to Rwanda in March 2013", e.Remarks);
        Assert.Equal("Female", UnFixture.Entity(Individuals, "QDi.356").Gender);
        // "2015-04-07-04:00": a date with a zone offset
        Assert.Equal(new DateOnly(2015, 4, 7), UnFixture.Entity(Odd, "XXi.001").ListedOn);
    }

    [Fact]
    public void Hard_wrapped_comments_are_joined_into_one_line()
    {
        var remarks = UnFixture.Entity(Individuals, "IRi.003").Remarks;
        Assert.Equal(
            "Facilitated a breach of paragraph 5 of resolution 1747 (2007) prohibiting the export of arms and related materiel from Iran. [Old Reference # I.AC.50.18.04.12.(1)]",
            remarks);
    }

    [Fact]
    public void Tai_071_place_of_birth_joins_its_parts()
    {
        Assert.Equal(["Moni village, Shigal District, Kunar Province, Afghanistan"], UnFixture.Entity(Individuals, "TAi.071").PlacesOfBirth);
        Assert.Equal(["Tunis, Tunisia"], UnFixture.Entity(Individuals, "QDi.060").PlacesOfBirth);
    }

    [Fact]
    public void Addresses_keep_every_part_with_a_country_code_and_empty_ones_are_dropped()
    {
        var address = Assert.Single(UnFixture.Entity(Odd, "XXe.001").Addresses);
        Assert.Equal(new Address("1 Harbour Road", "Port Louis", "Grand Port", "11302", "Mauritius", "MU", "as of 2019"), address);
        var cdi003 = UnFixture.Entity(Individuals, "CDi.003").Addresses;
        Assert.Contains(new Address(Region: "North Kivu Province", Country: "Democratic Republic of the Congo", CountryCode: "CD", Note: "as of June 2016"), cdi003);
    }

    [Fact]
    public void Published_on_is_the_root_date_generated()
    {
        Assert.Equal(new DateOnly(2026, 2, 27), UnFixture.Parse(Individuals).PublishedOn);
        Assert.Equal(new DateOnly(2026, 3, 2), UnFixture.Parse(Odd).PublishedOn);
    }

    [Fact]
    public void Records_without_reference_number_or_name_are_skipped_with_a_warning_at_their_line()
    {
        var result = UnFixture.Parse(Odd);
        Assert.Equal(["XXi.001", "XXe.001"], result.Entities.Select(e => e.SourceId));
        var noRef = Assert.Single(result.Warnings, w => w.Field == "REFERENCE_NUMBER");
        Assert.Equal(UnFixture.LineOf(Odd, "<!-- no reference -->"), noRef.Line);
        Assert.Contains("NOBODY", noRef.Message);
        var noName = Assert.Single(result.Warnings, w => w.Field == "FIRST_NAME");
        Assert.Equal(UnFixture.LineOf(Odd, "<!-- no name -->"), noName.Line);
        Assert.Contains("XXi.003", noName.Message);
    }

    [Fact]
    public void Unknown_elements_are_ignored()
    {
        // odd.xml has <NEW_HEADER> under the root and <FUTURE_FIELD> inside a record.
        var e = UnFixture.Entity(Odd, "XXi.001");
        Assert.DoesNotContain(e.Names, n => n.Full.Contains("ignored", StringComparison.Ordinal));
        Assert.DoesNotContain(UnFixture.Parse(Odd).Warnings, w => w.Message.Contains("FUTURE_FIELD", StringComparison.Ordinal));
    }

    [Fact]
    public void The_one_file_is_read_whatever_its_name()
    {
        var bytes = File.ReadAllBytes(UnFixture.PathOf(Individuals));
        var result = UnFixture.ParseBytes("un-2026-02-27.xml", bytes);
        Assert.Equal(16, result.Entities.Count);
        Assert.Empty(result.Warnings);
    }
}
