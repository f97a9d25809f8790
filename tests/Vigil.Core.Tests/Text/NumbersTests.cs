using Vigil.Core.Model;
using Vigil.Core.Names;
using Vigil.Core.Text;

namespace Vigil.Core.Tests.Text;

/// <summary>Numbers in names read as digits (Text/Numbers.cs through NameAnalyzer), and the words that must stay words.</summary>
public class NumbersTests
{
    private static string Words(string name, EntityKind kind) =>
        string.Join(' ', NameAnalyzer.Analyze(name, kind).Select(t => t.Text));

    [Theory]
    [InlineData("Forty-Four Trading", "44 trading")]
    [InlineData("FORTY FOUR TRADING", "44 trading")]
    [InlineData("Twenty-First Century Traders", "21 century trading")]
    [InlineData("21st Century Traders", "21 century trading")]
    [InlineData("First Meridian", "1 meridian")]
    [InlineData("1st Meridian", "1 meridian")]
    [InlineData("Les Trois Chênes", "les 3 chenes")]
    [InlineData("Soixante et Onze Négoce", "71 negoce")]
    [InlineData("Deuxième Rive", "2 rive")]
    [InlineData("2ème Rive", "2 rive")]
    [InlineData("Vierundvierzig Linden", "44 linden")]
    [InlineData("Cuarenta y Cuatro Estrellas", "44 estrellas")]
    [InlineData("Tercera Orilla", "3 orilla")]
    [InlineData("3ª Orilla", "3 orilla")]
    [InlineData("Сорок четыре звезды", "44 zvezdy")]
    [InlineData("Vtoroy Port", "2 port")]
    [InlineData("2-й Порт", "2 port")]
    public void Number_words_and_ordinals_in_organisation_names_read_as_digits(string name, string words) =>
        Assert.Equal(words, Words(name, EntityKind.Organization));

    [Theory]
    [InlineData("OCEAN PEARL NO. 8", "ocean pearl 8")]
    [InlineData("OCEAN PEARL NO.8", "ocean pearl 8")]
    [InlineData("OCEAN PEARL NO8", "ocean pearl 8")]
    [InlineData("OCEAN PEARL #8", "ocean pearl 8")]
    [InlineData("OCEAN PEARL № 8", "ocean pearl 8")]
    [InlineData("OCEAN PEARL Nr 08", "ocean pearl 8")]
    [InlineData("OCEAN PEARL NUMBER EIGHT", "ocean pearl 8")]
    [InlineData("OCEAN PEARL VIII", "ocean pearl 8")]
    [InlineData("OCEAN PEARL IX", "ocean pearl 9")]
    [InlineData("OCEAN PEARL XIV", "ocean pearl 14")]
    public void Every_way_of_writing_a_vessel_number_reads_as_the_same_digits(string name, string words) =>
        Assert.Equal(words, Words(name, EntityKind.Vessel));

    [Theory]
    [InlineData("Halcyon Fund VI LP", "6")]
    [InlineData("Halcyon Fund XI", "11")]
    [InlineData("Halcyon Fund IV", "4")]
    [InlineData("Halcyon Fund I", "1")]
    public void Short_numerals_that_are_also_words_read_as_numbers_at_the_end_of_a_name_or_before_a_legal_form(string name, string number) =>
        Assert.Contains(number, Words(name, EntityKind.Organization).Split(' '));

    [Theory]
    [InlineData("VI THANH TRADING", EntityKind.Organization)]
    [InlineData("XI AN AIRLINES", EntityKind.Organization)]
    [InlineData("CAFE DI MARCO", EntityKind.Organization)]
    [InlineData("MIX MEDIA GROUP", EntityKind.Organization)]
    [InlineData("LI WEI TRADING", EntityKind.Organization)]
    [InlineData("CIA DE NAVEGACION", EntityKind.Organization)]
    [InlineData("NO LIMIT TRADING", EntityKind.Organization)]
    [InlineData("UN SECURITY SERVICES", EntityKind.Organization)]
    [InlineData("AGRICOLA RUELAS, S.P.R. DE R.I.", EntityKind.Organization)]
    [InlineData("M/V RA NAM", EntityKind.Vessel)]
    [InlineData("준영 이", EntityKind.Unknown)]
    [InlineData("KIM JONG I", EntityKind.Unknown)]
    [InlineData("Vi Thanh Nguyen", EntityKind.Person)]
    [InlineData("Li Wei", EntityKind.Person)]
    [InlineData("Segundo Ramirez", EntityKind.Person)]
    [InlineData("Segundo Ramirez", EntityKind.Unknown)]
    [InlineData("John Smith III", EntityKind.Person)]
    [InlineData("Una Kelly", EntityKind.Person)]
    public void Name_words_that_look_like_numerals_or_number_words_stay_words(string name, EntityKind kind) =>
        Assert.DoesNotContain(NameAnalyzer.Analyze(name, kind), t => t.Class == TokenClass.Number);

    [Fact]
    public void A_name_of_unknown_kind_reads_english_number_words_but_not_a_single_foreign_one()
    {
        Assert.Equal("44 trading", Words("Forty Four Trading", EntityKind.Unknown));
        Assert.Equal("44 estrellas", Words("Cuarenta y Cuatro Estrellas", EntityKind.Unknown));
    }

    [Fact]
    public void Every_number_word_row_names_a_number_from_1_to_100() =>
        Assert.All(ReferenceData.CoreRows("number_words.tsv", 3), row =>
            Assert.InRange(int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture), 1, 100));
}
