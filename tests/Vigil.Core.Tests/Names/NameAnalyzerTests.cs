using Vigil.Core.Model;
using Vigil.Core.Names;
using Vigil.Core.Text;

namespace Vigil.Core.Tests.Names;

public class NameAnalyzerTests
{
    private static string Words(string name, EntityKind kind = EntityKind.Unknown) =>
        string.Join(' ', NameAnalyzer.Analyze(name, kind).Select(t => t.Text));

    [Theory]
    [InlineData("Mohammed", "muhammad")]
    [InlineData("Mohamed", "muhammad")]
    [InlineData("Muhammad", "muhammad")]
    [InlineData("Gaddafi", "qadhafi")]
    [InlineData("Kadhafi", "qadhafi")]
    [InlineData("Osama", "usama")]
    [InlineData("Evgeny", "yevgeniy")]
    [InlineData("Park", "pak")]
    public void Spelling_variants_fold_to_one_form(string name, string expected) =>
        Assert.Equal(expected, Words(name, EntityKind.Person));

    [Theory]
    [InlineData("ABD AL-RAHMAN", "abdul rahman")]
    [InlineData("Abdul Rahman", "abdul rahman")]
    [InlineData("ABDULRAHMAN", "abdul rahman")]
    [InlineData("Abdel Rahman", "abdul rahman")]
    public void Abd_al_joins_and_splits_the_same_way(string name, string expected) =>
        Assert.Equal(expected, Words(name, EntityKind.Person));

    [Theory]
    [InlineData("ACME LIMITED LIABILITY COMPANY", "acme llc")]
    [InlineData("ACME L.L.C.", "acme llc")]
    [InlineData("Acme Sociedad Anonima", "acme sa")]
    [InlineData("ACME S.A. DE C.V.", "acme sa")]
    [InlineData("OOO Acme", "llc acme")]
    [InlineData("ООО Акме", "llc akme")]
    [InlineData("Acme GmbH", "acme gmbh")]
    public void Legal_forms_are_canonical_across_languages(string name, string expected) =>
        Assert.Equal(expected, Words(name, EntityKind.Organization));

    [Fact]
    public void Translated_organisation_words_map_to_english()
    {
        Assert.Equal("corp china de import export electronics", Words("Corporación China de Importaciones y Exportaciones Electrónicas", EntityKind.Organization));
        Assert.Equal("china national electronics import export corp", Words("CHINA NATIONAL ELECTRONICS IMPORT AND EXPORT CORPORATION", EntityKind.Organization));
    }

    [Theory]
    [InlineData("Самарский металлургический завод", "samar metallurgical factory")]
    [InlineData("SAMARA METALLURGICAL PLANT", "samara metallurgical factory")]
    [InlineData("Завода металлургического", "factory metallurgical")]
    [InlineData("Научно-исследовательский институт прикладной химии", "scientific research institute applied chemical")]
    [InlineData("Scientific Research Institute of Applied Chemistry", "scientific research institute applied chemical")]
    [InlineData("Московский кредитный банк", "moscow credit bank")]
    [InlineData("Омский завод", "omsk factory")]
    [InlineData("Российской Федерации", "russian federal")]
    [InlineData("Russian Federation", "russian federal")]
    [InlineData("Федеральное государственное унитарное предприятие Гранит", "fgup granit")]
    [InlineData("FSUE Granit", "fgup granit")]
    [InlineData("ФГУП Гранит", "fgup granit")]
    [InlineData("АО Пеленг", "jsc peleng")]
    [InlineData("Центральный банк", "central bank")]
    public void Russian_organisation_words_map_to_english_in_any_case(string name, string expected) =>
        Assert.Equal(expected, Words(name, EntityKind.Organization));

    [Theory]
    [InlineData("Moskovskiy", "moskovskiy")]
    [InlineData("Zavodov", "zavodov")]
    public void Person_names_are_not_read_as_organisation_stems(string name, string expected) =>
        Assert.Equal(expected, Words(name, EntityKind.Person));

    [Theory]
    [InlineData("Norske Skog", "norske skog")]
    [InlineData("Svenska Handelsbanken", "svenska handelsbanken")]
    [InlineData("Polska Press", "polska press")]
    public void A_scandinavian_or_polish_adjective_in_sk_is_no_russian_place(string name, string expected) =>
        Assert.Equal(expected, Words(name, EntityKind.Organization));

    [Fact]
    public void Person_names_keep_their_words_untranslated()
    {
        Assert.Equal("banco maria", Words("Banco, Maria", EntityKind.Person));
    }

    [Fact]
    public void Titles_particles_and_generic_words_are_classified()
    {
        var tokens = NameAnalyzer.Analyze("Sheikh Ali bin Hassan", EntityKind.Person);
        Assert.Equal(TokenClass.Title, tokens[0].Class);
        Assert.Equal(TokenClass.Normal, tokens[1].Class);
        Assert.Equal(TokenClass.Particle, tokens[2].Class);
        var org = NameAnalyzer.Analyze("ZENITH INTERNATIONAL TRADING LLC", EntityKind.Organization);
        Assert.Equal([TokenClass.Normal, TokenClass.Generic, TokenClass.Generic, TokenClass.LegalForm], org.Select(t => t.Class));
    }

    [Theory]
    [InlineData("Importaciones Guerrero S. de R.L. de C.V.", "ltd")]
    [InlineData("Grupo Andino S.A. de C.V.", "sa")]
    [InlineData("Grupo Andino S.A.B. de C.V.", "sa")]
    public void Mexican_legal_forms_written_with_dots_are_one_legal_form_not_initials(string name, string form)
    {
        var tokens = NameAnalyzer.Analyze(name, EntityKind.Organization);
        Assert.DoesNotContain(tokens, t => t.Class == TokenClass.Initial);
        Assert.Equal((TokenClass.LegalForm, form), (tokens[^1].Class, tokens[^1].Text));
    }

    [Fact]
    public void Roman_numerals_of_vessels_read_as_numbers()
    {
        Assert.Equal("ocean star 14", Words("OCEAN STAR XIV", EntityKind.Vessel));
        Assert.Equal("ocean star 14", Words("MV OCEAN STAR 14", EntityKind.Vessel).Replace("mv ", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("M/T Sea Star", EntityKind.Vessel)]
    [InlineData("M/V Sea Star", EntityKind.Unknown)]
    [InlineData("F/V Sea Star", EntityKind.Vessel)]
    [InlineData("M/Y Sea Star", EntityKind.Vessel)]
    [InlineData("S/Y Sea Star", EntityKind.Unknown)]
    public void A_vessel_prefix_written_with_a_slash_is_the_prefix(string name, EntityKind kind)
    {
        var tokens = NameAnalyzer.Analyze(name, kind);
        Assert.Equal(TokenClass.VesselPrefix, tokens[0].Class);
        Assert.Equal(["sea", "star"], tokens.Skip(1).Select(t => t.Text));
    }

    [Fact]
    public void Slashed_letters_that_are_no_vessel_prefix_stay_apart() =>
        Assert.Equal("a b trading", Words("A/B Trading", EntityKind.Organization));

    [Fact]
    public void My_and_sy_without_a_slash_are_words()
    {
        Assert.Equal("my house trading", Words("My House Trading", EntityKind.Organization));
        Assert.Equal("tran thi my", Words("Tran Thi My", EntityKind.Person));
    }

    [Theory]
    [InlineData("Kowloon Elec. Eng. Ltd", "kowloon electric engineering ltd")]
    [InlineData("Brennan Bros Svcs", "brennan brothers services")]
    [InlineData("Sunrise Dept. Store", "sunrise department store")]
    [InlineData("Orion Telecommunications", "orion telecom")]
    public void Abbreviated_business_words_read_as_the_word(string name, string expected) =>
        Assert.Equal(expected, Words(name, EntityKind.Organization).Replace("limited", "ltd", StringComparison.Ordinal));

    [Fact]
    public void A_business_word_that_is_also_a_personal_name_is_read_only_in_a_known_organisations_name()
    {
        Assert.Equal("kiran engineering", Words("Kiran Eng", EntityKind.Organization));
        Assert.DoesNotContain(NameAnalyzer.Analyze("Tan Eng Huat", EntityKind.Unknown), t => t.Text == "engineering");
        Assert.DoesNotContain(NameAnalyzer.Analyze("Dev Patel", EntityKind.Unknown), t => t.Text == "development");
    }

    [Theory]
    [InlineData("Akademik Voronskiy")]
    [InlineData("Akademik Voronsky")]
    [InlineData("Akademik Woronski")]
    [InlineData("Akademik Woronskij")]
    public void A_place_adjective_reads_as_its_place_in_each_spelling_of_its_ending(string name) =>
        Assert.EndsWith(" voron", Words(name, EntityKind.Vessel).Replace('w', 'v'), StringComparison.Ordinal);

    [Theory]
    [InlineData("Aliaksandr Zimousky", "aliaksandr zimousky")]
    [InlineData("Natalia Poklonskaya", "natalia poklonskaya")]
    [InlineData("Kirill Slobodskoy", "kirill slobodskoy")]
    public void A_surname_in_sk_stays_as_written_in_a_name_of_unknown_kind_that_nothing_marks_as_a_company(string name, string expected) =>
        Assert.Equal(expected, Words(name));

    [Theory]
    [InlineData("Samarskiy Metallurgicheskiy Zavod", "samar metallurgical factory")]
    [InlineData("Voronsky Ltd", "voron ltd")]
    public void In_a_name_of_unknown_kind_with_organisation_words_or_a_legal_form_the_place_is_read(string name, string expected) =>
        Assert.Equal(expected, Words(name));

    [Theory]
    [InlineData("A W A Engineering Limited", "A.W.A. Engineering Limited")] // punctuation replaced by spaces
    [InlineData("T E G Limited", "T.E.G. Limited")]
    [InlineData("Inmobiliaria U M V S A", "Inmobiliaria U.M.V. S.A.")] // the run ends before the legal form that closes it
    [InlineData("Zuliana de Esmeraldas C I S A S", "Zuliana de Esmeraldas C.I. S.A.S.")]
    [InlineData("Fleurette Energy I B V", "Fleurette Energy I. B.V.")]
    public void Single_letters_written_apart_in_an_organisations_name_read_as_the_dotted_letters_do(string spaced, string dotted) =>
        Assert.Equal(Words(dotted, EntityKind.Organization), Words(spaced, EntityKind.Organization));

    [Theory]
    [InlineData("Jaish-e-Mohammed", "Jaish-i-Mohammed")]
    [InlineData("Lashkar-e-Taiba", "Lashkar Taiba")]
    [InlineData("Tehrik-i-Taliban Pakistan", "Tehrik-e-Taliban Pakistan")]
    public void The_ezafe_between_hyphens_is_a_joining_word(string a, string b)
    {
        Assert.Equal(Words(b, EntityKind.Organization), Words(a, EntityKind.Organization));
        Assert.Equal(Words(b), Words(a));
    }

    [Theory]
    [InlineData("John E Smith", "john e smith")]
    [InlineData("Maria E. Lopez", "maria e lopez")]
    public void An_e_or_i_not_between_hyphens_stays_an_initial(string name, string expected) =>
        Assert.Equal(expected, Words(name, EntityKind.Person));

    [Fact]
    public void Single_letters_in_a_persons_name_stay_initials() =>
        Assert.Equal("j r haddad", Words("J R Haddad", EntityKind.Person));

    [Fact]
    public void Kapitan_is_captain_in_a_vessels_name() =>
        Assert.Equal(Words("CAPTAIN DOLGOV", EntityKind.Vessel), Words("KAPITAN DOLGOV", EntityKind.Vessel));

    [Theory]
    [InlineData("Hidayat Ullah Karimi", "hidayatullah karimi")]
    [InlineData("Nasr Allah Karimi", "nasrallah karimi")]
    [InlineData("Salah Eddine Bouzid", "salaheddine bouzid")]
    [InlineData("Jalal ud-Din Haqqani", "jalaluddin haqqani")]
    [InlineData("Nur al-Din Haddad", "nuraldin haddad")]
    [InlineData("Maria Ulla Svensson", "maria ulla svensson")]
    public void Allah_and_al_din_written_apart_join_the_word_before_as_written(string name, string expected) =>
        Assert.Equal(expected, Words(name, EntityKind.Person));

    [Fact]
    public void Arabic_allah_joins_the_word_before_but_abd_allah_is_the_abdul_rule()
    {
        var tokens = NameAnalyzer.Analyze("هدايت الله كريمي", EntityKind.Person);
        Assert.Equal(2, tokens.Length);
        Assert.EndsWith("allah", tokens[0].Text, StringComparison.Ordinal);
        Assert.True(tokens[0].Abjad);
        Assert.DoesNotContain(NameAnalyzer.Analyze("Abd Allah Azzam", EntityKind.Person), t => t.Text == "abdallah");
        // A ta marbuta before Allah is said t: هبة الله Hibatullah.
        Assert.Equal("hbtallah", Assert.Single(NameAnalyzer.Analyze("هبة الله", EntityKind.Person)).Text);
    }

    [Theory]
    [InlineData("Seyed Ali Khamenei")]
    [InlineData("Ayatollah Ali Khamenei")]
    [InlineData("Hojatoleslam Ali Khamenei")]
    public void Persian_honorifics_and_clerical_ranks_are_titles(string name) =>
        Assert.Equal(TokenClass.Title, NameAnalyzer.Analyze(name, EntityKind.Person)[0].Class);
}
