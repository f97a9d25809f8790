using Vigil.Core.Text;

namespace Vigil.Core.Tests.Text;

public class NamePartsTests
{
    [Theory]
    [InlineData("Golden Meridian (ex-Ocean Pearl)", new[] { "Golden Meridian", "Ocean Pearl" })]
    [InlineData("Golden Meridian ex Ocean Pearl", new[] { "Golden Meridian", "Ocean Pearl" })]
    [InlineData("Golden Meridian (ex Ocean Pearl, ex Blue Heron)", new[] { "Golden Meridian", "Ocean Pearl", "Blue Heron" })]
    [InlineData("Aldmark Trading FZE f/k/a Sunport General Trading LLC", new[] { "Aldmark Trading FZE", "Sunport General Trading LLC" })]
    [InlineData("Aldmark Trading, formerly Sunport General Trading", new[] { "Aldmark Trading", "Sunport General Trading" })]
    [InlineData("Aldmark Trading (formerly known as Sunport General Trading)", new[] { "Aldmark Trading", "Sunport General Trading" })]
    public void Given_a_former_name_when_split_then_each_name_is_a_part(string text, string[] expected) =>
        Assert.Equal(expected, NameParts.Of(text));

    [Theory]
    [InlineData("Azim Adhajani; Azim Agha-Jani", new[] { "Azim Adhajani", "Azim Agha-Jani" })] // as lists write aliases
    [InlineData("Golden Meridian; f/k/a Ocean Pearl", new[] { "Golden Meridian", "Ocean Pearl" })]
    [InlineData("Akrin Saleh Akrin (أقرين صالح أقرين)", new[] { "Akrin Saleh Akrin", "أقرين صالح أقرين" })]
    [InlineData("Amir Khazmat (original script: Амир Хазмат)", new[] { "Amir Khazmat", "Амир Хазмат" })]
    [InlineData("Agha Jan Alizai اغا جان عالیزی", new[] { "Agha Jan Alizai", "اغا جان عالیزی" })]
    [InlineData("بانک ملی ایران Bank Melli Iran", new[] { "بانک ملی ایران", "Bank Melli Iran" })]
    public void Names_listed_with_semicolons_or_written_again_in_another_script_are_parts(string text, string[] expected) =>
        Assert.Equal(expected, NameParts.Of(text));

    [Theory]
    [InlineData("Encep Nurjaman (birth name)", "Encep Nurjaman")]
    [InlineData("EL PARA (COMBAT NAME)", "EL PARA")]
    [InlineData("Hajji Agha (alias)", "Hajji Agha")]
    [InlineData("Safia Farkash Al-Hadad, born 1 Jan. 1953 (Oman passport no. 03825239)", "Safia Farkash Al-Hadad")]
    [InlineData("Khirullah Said Wali Khairkhwa, born in Kandahar on 01 Jan. 1967", "Khirullah Said Wali Khairkhwa")]
    [InlineData("Hajji Agha (born 1960)", "Hajji Agha")]
    public void A_note_of_what_kind_of_name_it_is_or_of_the_birth_is_dropped(string text, string expected) =>
        Assert.Equal([expected], NameParts.Of(text));

    [Theory]
    [InlineData("Al-Qard al-Hassan (AQAH)")] // an acronym in the same script stays a gloss of the name
    [InlineData("Bank Melli Iran (Hamburg)")]
    [InlineData("Vektor ООО (Vektor LLC)")] // words of both scripts outside the bracket: no split
    public void A_bracket_in_the_same_script_or_mixed_scripts_keeps_the_name_whole(string text) =>
        Assert.Same(text, Assert.Single(NameParts.Of(text)));

    [Theory]
    [InlineData("ORDERING CUSTOMER: KESSLER ANTRIEBSTECHNIK GMBH", "KESSLER ANTRIEBSTECHNIK GMBH")]
    [InlineData("FIELD 59: CARPATICA LOGISTIC SRL", "CARPATICA LOGISTIC SRL")]
    [InlineData("MESSRS. LINDQVIST SHIPPING AB", "LINDQVIST SHIPPING AB")]
    [InlineData("/ACC/40702810900000012345 SEVERNYI KVARTZ OOO", "SEVERNYI KVARTZ OOO")]
    [InlineData("Golden Meridian (Marshall Islands flag)", "Golden Meridian")]
    [InlineData("GOLDEN MERIDIAN V.214W", "GOLDEN MERIDIAN")]
    [InlineData("Coastline Freight Services - Malindi Branch", "Coastline Freight Services")]
    [InlineData("Coastline Freight Services Ltd Reg. No. C123456", "Coastline Freight Services Ltd")]
    public void Given_residue_or_an_annotation_when_split_then_only_the_name_remains(string text, string expected) =>
        Assert.Equal([expected], NameParts.Of(text));

    [Theory]
    [InlineData("EXPORT-IMPORT BANK (EX-IM BANK)")]
    [InlineData("Nicolas MADURO MOROS")]
    [InlineData("EX-CELL TRADING LLC")]
    [InlineData("OCEAN SHIPPING COMPANY NO. 8")]
    public void Given_a_name_without_residue_then_it_is_its_only_part_unchanged(string text) =>
        Assert.Same(text, Assert.Single(NameParts.Of(text)));

    [Fact]
    public void A_bracket_that_opens_with_ex_gives_the_former_name() =>
        Assert.Equal(["Ocean Pearl"], NameParts.Of("ex-Ocean Pearl", mayOpenWithMarker: true));
}
