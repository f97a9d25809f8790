using Vigil.Core.Model;

namespace Vigil.Sources.Tests.Un;

public sealed class UnNameTests
{
    private const string Individuals = "individuals.xml";
    private const string Entities = "entities.xml";
    private const string Odd = "odd.xml";

    [Fact]
    public void Qdi_001_keeps_name_parts_in_written_order_and_the_original_script()
    {
        var e = UnFixture.Entity(Individuals, "QDi.001");
        var primary = e.Names[0];
        Assert.Equal(NameRole.Primary, primary.Role);
        Assert.Equal("MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE", primary.Full);
        Assert.Equal(["MOHAMMED", "SALAHALDIN", "ABD EL HALIM", "ZIDANE"], primary.Parts);
        Assert.Equal(["محمد صلاح الدين عبدالحليم زيدان", "سيف العدل"], e.NamesWith(NameRole.OriginalScript));
    }

    [Fact]
    public void Padded_name_parts_are_trimmed_empty_ones_skipped_and_typographic_apostrophes_kept()
    {
        var primary = UnFixture.Entity(Odd, "XXi.001").Names[0];
        Assert.Equal("AHMED AL-‘ALI HYO’K", primary.Full);
        Assert.Equal(["AHMED", "AL-‘ALI", "HYO’K"], primary.Parts);
    }

    [Fact]
    public void Tai_153_drops_the_not_available_name_part()
    {
        var primary = UnFixture.Entity(Individuals, "TAi.153").Names[0];
        Assert.Equal("FAIZULLAH KHAN NOORZAI", primary.Full);
    }

    [Fact]
    public void Cdi_003_maps_alias_quality_Good_to_Alias_and_Low_to_WeakAlias()
    {
        var e = UnFixture.Entity(Individuals, "CDi.003");
        Assert.Equal(["Rumuli"], e.NamesWith(NameRole.WeakAlias));
        Assert.Equal(["Byiringiro Victor Rumuli", "Victor Rumuri", "Michel Byiringiro"], e.NamesWith(NameRole.Alias));
    }

    [Fact]
    public void Qde_014_maps_fka_to_Former_and_aka_to_Alias()
    {
        var e = UnFixture.Entity(Entities, "QDe.014");
        Assert.Contains("Le Groupe Salafiste pour La Prédication et le Combat (GSPC)", e.NamesWith(NameRole.Former));
        Assert.Contains("Al Qaïda au Maghreb islamique (AQMI)", e.NamesWith(NameRole.Alias));
    }

    [Fact]
    public void Empty_alias_quality_is_read_as_a_plain_alias()
    {
        Assert.Equal(["Ahmed the Quiet", "Ahmed Medium"], UnFixture.Entity(Odd, "XXi.001").NamesWith(NameRole.Alias));
        Assert.Equal(["Quiet Trading"], UnFixture.Entity(Odd, "XXe.001").NamesWith(NameRole.Alias));
    }

    [Fact]
    public void Unknown_alias_quality_is_an_alias_and_a_warning_at_its_line()
    {
        var w = Assert.Single(UnFixture.Parse(Odd).Warnings, w => w.Field == "QUALITY");
        Assert.Equal(UnFixture.LineOf(Odd, "<!-- unknown quality -->"), w.Line);
        Assert.Contains("Medium", w.Message);
    }

    [Fact]
    public void Cdi_001_empty_alias_elements_add_no_name()
    {
        var e = UnFixture.Entity(Individuals, "CDi.001");
        Assert.Equal(["ERIC BADEGE"], e.Names.Select(n => n.Full));
    }

    [Fact]
    public void Lyi_004_splits_a_transliteration_from_its_original_script()
    {
        var e = UnFixture.Entity(Individuals, "LYi.004");
        Assert.Contains("Akrin Saleh Akrin", e.NamesWith(NameRole.Alias));
        Assert.Contains("أقرين صالح أقرين", e.NamesWith(NameRole.OriginalScript));
        Assert.DoesNotContain(e.Names, n => n.Full.Contains('(', StringComparison.Ordinal));
    }

    [Fact]
    public void Iri_003_splits_a_list_of_spellings_into_separate_aliases()
    {
        var e = UnFixture.Entity(Individuals, "IRi.003");
        Assert.Equal(["Azim Adhajani", "Azim Agha-Jani"], e.NamesWith(NameRole.Alias));
    }

    [Fact]
    public void Qde_137_splits_the_names_packed_into_one_alias()
    {
        var e = UnFixture.Entity(Entities, "QDe.137");
        var aliases = e.NamesWith(NameRole.Alias).ToList();
        Assert.Equal(
            ["Hay’at Tahrir al-Sham (HTS)", "Hay’at Tahrir al-Sham", "Hay’et Tahrir al-Sham", "Hayat Tahrir al-Sham",
             "Assembly for the Liberation of Syria", "Assembly for the Liberation of the Levant", "Liberation of al-Sham Commission",
             "Liberation of the Levant Organisation Tahrir al-Sham", "Tahrir al-Sham Hay’at"],
            aliases.Take(9));
        Assert.Contains("هيئة تحرير الشام", e.NamesWith(NameRole.OriginalScript));
        Assert.Contains("جبهة النصرة", e.NamesWith(NameRole.OriginalScript));
        Assert.Contains("Al-Nusra Front", aliases);
        Assert.DoesNotContain(e.Names, n => n.Full.Contains(';', StringComparison.Ordinal) || n.Full.Contains("original script", StringComparison.OrdinalIgnoreCase));
        // "Ansar al-Mujahideen Network - sub-unit name": the remark becomes the alias note.
        var subUnit = Assert.Single(e.Names, n => n.Full == "Ansar al-Mujahideen Network");
        Assert.Equal("sub-unit name", subUnit.Note);
    }

    [Fact]
    public void Qdi_299_takes_spellings_from_alias_notes()
    {
        var e = UnFixture.Entity(Individuals, "QDi.299");
        // NOTE "born in 1971 in Samarra, Iraq (Ibrahim ‘Awad Ibrahim al-Badri al-Samarrai; ...)"
        Assert.Contains("Ibrahim ‘Awad Ibrahim al-Samarra’i", e.NamesWith(NameRole.Alias));
        Assert.Equal("born in 1971 in Samarra, Iraq", e.Names.Single(n => n.Full == "Dr. Ibrahim ‘Awwad Ibrahim ’Ali al-Badri al-Samarrai’").Note);
        // أبو دعاء with NOTE "(Abu Du’a; Abu Duaa’) prominently known by this nom de guerre": weak like the alias it explains.
        Assert.Contains("Abu Du’a", e.NamesWith(NameRole.WeakAlias));
        Assert.Equal("prominently known by this nom de guerre", e.Names.Single(n => n.Full == "أبو دعاء").Note);
    }

    [Fact]
    public void Cde_003_two_names_in_one_field_stay_primary_and_become_aliases_each()
    {
        var e = UnFixture.Entity(Entities, "CDe.003");
        Assert.Equal("COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY (GLBC)", e.Name);
        Assert.Contains("GREAT LAKES BUSINESS COMPANY (GLBC)", e.NamesWith(NameRole.Alias));
        Assert.Contains("COMPAGNIE AERIENNE DES GRANDS LACS (CAGL)", e.NamesWith(NameRole.Alias));
    }

    [Fact]
    public void No_name_is_listed_twice()
    {
        foreach (var e in UnFixture.Parse(Individuals).Entities.Concat(UnFixture.Parse(Entities).Entities))
            Assert.Equal(e.Names.Count, e.Names.Select(n => n.Full).Distinct().Count());
    }
}
