using Vigil.Core.Model;
using Vigil.Core.Names;
using Vigil.Core.Text;

namespace Vigil.Core.Tests.Names;

public class LegalFormTests
{
    private static string Forms(string name) =>
        string.Join(' ', NameAnalyzer.Analyze(name, EntityKind.Organization).Where(t => t.Class == TokenClass.LegalForm).Select(t => t.Text));

    [Theory]
    [InlineData("Kessler GmbH", "Kessler Gesellschaft mit beschränkter Haftung")]
    [InlineData("Kessler G.m.b.H.", "Kessler GmbH")]
    [InlineData("Wislok Sp. z o.o.", "Wislok spółka z ograniczoną odpowiedzialnością")]
    [InlineData("Carpatica SRL", "Carpatica Societate cu răspundere limitată")]
    [InlineData("PT Sinar Bahari", "Sinar Bahari Perseroan Terbatas")]
    [InlineData("Harcourt plc", "Harcourt Public Limited Company")]
    [InlineData("Tomioka K.K.", "Tomioka 株式会社")]
    [InlineData("Lindqvist AB", "Lindqvist Aktiebolag")]
    public void Given_an_abbreviation_and_its_full_form_then_both_read_as_one_legal_form(string a, string b)
    {
        Assert.NotEqual("", Forms(a));
        Assert.Equal(Forms(a), Forms(b));
    }

    [Theory]
    [InlineData("Central Bank of Oman")]
    [InlineData("Al Noor Foundation")]
    [InlineData("Tadbir Investment Company")]
    public void Given_a_form_made_of_ordinary_organisation_words_then_those_words_still_name_the_party(string name) =>
        Assert.DoesNotContain(NameAnalyzer.Analyze(name, EntityKind.Organization), t => t.Class == TokenClass.LegalForm && t.End - t.Start > "Company".Length);

    [Fact]
    public void A_one_word_form_only_the_ELF_list_holds_is_a_form_at_the_end_of_a_name_not_inside_it()
    {
        Assert.DoesNotContain(NameAnalyzer.Analyze("International Business Machines Corporation", EntityKind.Organization), t => t.Text == "business" && t.Class == TokenClass.LegalForm);
        Assert.Contains(NameAnalyzer.Analyze("Harbour Light Business", EntityKind.Organization), t => t.Text == "business" && t.Class == TokenClass.LegalForm);
    }

    [Fact]
    public void Dotted_letters_in_an_organisation_or_vessel_name_are_the_word_written_without_dots()
    {
        Assert.Equal(["abc", "shipping", "services", "ltd"], NameAnalyzer.Analyze("A.B.C. Marine Services Ltd", EntityKind.Organization).Select(t => t.Text));
        Assert.Contains(NameAnalyzer.Analyze("M.V. J.W. Jewel", EntityKind.Vessel), t => t.Text == "jw");
    }

    [Fact]
    public void Dotted_letters_of_a_person_or_an_unknown_party_stay_initials_unless_they_spell_a_legal_form()
    {
        Assert.Contains(NameAnalyzer.Analyze("J.R. Ewing", EntityKind.Person), t => t.Text == "j" && t.Class == TokenClass.Initial);
        Assert.Contains(NameAnalyzer.Analyze("D.G.I. Israel Ltd", EntityKind.Unknown), t => t.Text == "d");
        Assert.Contains(NameAnalyzer.Analyze("Kessler G.m.b.H.", EntityKind.Unknown), t => t.Text == "gmbh");
    }
}
