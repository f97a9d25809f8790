using Vigil.Core.Text;

namespace Vigil.Core.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Nicolás MADURO", "nicolas maduro")]
    [InlineData("ø ł đ ı æ ß", "o l d i ae ss")]
    [InlineData("ＣＥＩＥＣ", "ceiec")]
    [InlineData("AL-QAIDA", "al qaida")]
    [InlineData("AL-NU'AYMI, 'Abd al-Rahman", "al nuaymi abd al rahman")]
    [InlineData("AL-‘ALI", "al ali")]
    [InlineData("HYO’K", "hyok")]
    [InlineData("  GEDO  ", "gedo")]
    [InlineData("S.A. de C.V.", "s a de c v")]
    [InlineData("NORTH KOREA'S FOREIGN TRADE BANK", "north korea foreign trade bank")]
    [InlineData("Korea’s bank", "korea bank")]
    public void Latin_text_is_folded_to_lower_case_ascii_words(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("Абдурахманов Магомед", "abdurakhmanov magomed")]
    [InlineData("Євген Ющенко", "ievgen yushchenko")]
    [InlineData("Ђорђевић", "djordjevic")]
    [InlineData("Γιώργος", "giorgos")]
    [InlineData("ქართული", "kartuli")]
    [InlineData("Հայերեն", "hayeren")]
    [InlineData("Аляксандр Лукашэнка", "alyaksandr lukashenka")]
    [InlineData("ホンダ", "honda")]
    [InlineData("मोहन दास", "mohan das")] // the inherent vowel, not a final one (Text/Scripts/Indic.cs)
    [InlineData("संजय गांधी", "sanjay gandhi")] // anusvara before a dental or palatal is n
    [InlineData("चंपारण", "camparan")] // … before a labial m
    [InlineData("नरेन्द्र", "narendra")] // a conjunct keeps the final vowel
    [InlineData("చంద్రబాబు", "candrababu")] // Telugu
    [InlineData("ಬೆಂಗಳೂರು", "bengaluru")] // Kannada
    public void Alphabetic_scripts_are_transliterated(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("حسین محمدی")]          // Persian
    [InlineData("عبدالرحمن مکی")]       // Urdu
    [InlineData("משה כהן")]             // Hebrew
    [InlineData("สมชาย")]               // Thai
    [InlineData("မြန်မာ")]               // Burmese
    [InlineData("習近平")]               // Chinese
    [InlineData("김정은")]               // Korean
    public void Every_script_on_the_lists_becomes_ascii_words(string input)
    {
        var words = TextNormalizer.Normalize(input);
        Assert.NotEmpty(words);
        Assert.All(words, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c == ' ', $"'{c}' in '{words}'"));
    }

    [Fact]
    public void Arabic_article_becomes_its_own_word()
    {
        Assert.Equal("mbrk al bdhly", TextNormalizer.Normalize("مبارك البذالي"));
    }

    [Fact]
    public void Hangul_syllables_become_words_as_the_lists_write_korean_names()
    {
        Assert.Equal("gim jeong eun", TextNormalizer.Normalize("김정은"));
    }

    [Fact]
    public void A_han_name_without_space_splits_the_family_name()
    {
        Assert.Equal("wang xiaoming", TextNormalizer.Normalize("王小明"));
    }

    [Theory]
    [InlineData("华为技术有限公司", "huawei technology co ltd")]
    [InlineData("華為技術有限公司", "huawei technology co ltd")]
    [InlineData("中国工商银行", "china industrial commercial bank")]
    [InlineData("ACME中国有限公司", "acme china co ltd")]
    [InlineData("李方伟", "li fangwei")]
    [InlineData("金华市海润动力科技有限公司", "jinhua hairun power technology co ltd")]
    [InlineData("宁波贝宁机床有限公司", "ningbo beining machinery co ltd")]
    public void A_han_run_holding_organisation_words_is_cut_into_them(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void The_words_of_a_cut_han_run_point_back_to_their_characters()
    {
        var tokens = new List<RawToken>();
        const string text = "华为技术有限公司";
        TextNormalizer.Tokenize(text, tokens);
        Assert.Equal("华为", text[tokens[0].Start..tokens[0].End]);
        Assert.Equal("技术", text[tokens[1].Start..tokens[1].End]);
        Assert.Equal("有限公司", text[tokens[^1].Start..tokens[^1].End]);
    }

    [Fact]
    public void Token_offsets_point_back_into_the_original_text()
    {
        const string text = "Pay Nicolás Maduro now";
        var tokens = new List<RawToken>();
        TextNormalizer.Tokenize(text, tokens);
        var maduro = tokens.Single(t => t.Text == "maduro");
        Assert.Equal("Maduro", text[maduro.Start..maduro.End]);
        var nicolas = tokens.Single(t => t.Text == "nicolas");
        Assert.Equal("Nicolás", text[nicolas.Start..nicolas.End]);
    }

    [Fact]
    public void Vowel_less_scripts_are_marked_so_skeletons_are_compared()
    {
        var tokens = new List<RawToken>();
        TextNormalizer.Tokenize("محمد Smith", tokens);
        Assert.True(tokens[0].Abjad);
        Assert.False(tokens[1].Abjad);
    }
}
