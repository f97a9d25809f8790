using Vigil.Core.Text.Scripts;

namespace Vigil.Core.Tests.Text.Scripts;

public sealed class WadeGilesTests
{
    [Theory]
    [InlineData("Hsi Chin-p'ing", "xi jinping")]
    [InlineData("HSI Chin-p’ing", "xi jinping")]
    [InlineData("Mao Tse-tung", "mao zedong")]
    [InlineData("Mao Tsê-tung", "mao zedong")]
    [InlineData("Chou En-lai", "zhou enlai")]
    [InlineData("Teng Hsiao-p'ing", "deng xiaoping")]
    [InlineData("Li K'o-ch'iang", "li keqiang")]
    [InlineData("Chao Tzu-yang", "zhao ziyang")]
    [InlineData("Ssu-ma Ch'ien", "sima qian")]
    [InlineData("Yüan Shih-k'ai", "yuan shikai")]
    [InlineData("Chang Hsüeh-liang", "zhang xueliang")]
    [InlineData("Yeh Chien-ying", "ye jianying")]
    [InlineData("Jen Pi-shih", "ren bishi")]
    [InlineData("Ho Lung", "he long")]
    [InlineData("K'ung Hsiang-hsi", "kong xiangxi")]
    [InlineData("Lin I-fu", "lin yifu")]
    [InlineData("Kuo Po-hsiung", "guo boxiong")]
    [InlineData("Chu Teh", "zhu de")]
    [InlineData("Liu Erh-yu", "liu eryou")]
    [InlineData("Hsü Kuei-ying", "xu guiying")]
    public void A_Wade_Giles_name_reads_first_as_its_pinyin(string name, string expected) =>
        Assert.Equal(expected, WadeGiles.Reading(name));

    [Theory]
    [InlineData("Tsai Ing-wen", "cai yingwen")]
    [InlineData("Liu Shao-chi", "liu shaoqi")]
    [InlineData("Han Kuo-yu", "han guoyu")]
    [InlineData("Hsu Chun-hsiung", "xu junxiong")]
    public void Without_apostrophes_or_u_with_diaeresis_the_aspirated_and_u_readings_follow(string name, string expected)
    {
        var readings = WadeGiles.Readings(name);
        Assert.Contains(expected, readings);
        Assert.InRange(readings.Count, 2, WadeGiles.MostReadings);
    }

    [Fact]
    public void A_name_that_marks_aspiration_reads_an_unmarked_initial_as_unaspirated() =>
        Assert.Equal(["xi jinping"], WadeGiles.Readings("Hsi Chin-p'ing"));

    [Theory]
    [InlineData("John Smith")]
    [InlineData("Vladimir Putin")]
    [InlineData("Ali Hassan")]
    [InlineData("Joseph Tsang")]
    [InlineData("Morgan Tsvangirai")]
    [InlineData("Kyriakos Mitsotakis")]
    [InlineData("Wang Fang")]
    [InlineData("Xi Jinping")]
    [InlineData("Li Xiao-ming")]
    [InlineData("Ian Ho")]
    [InlineData("O'Brien")]
    [InlineData("Chiang Kai-shek")]
    [InlineData("Hosein Salimi")]
    [InlineData("Santoso")]
    [InlineData("Ho")]
    [InlineData("Jan Malang")]
    public void A_name_that_is_not_Wade_Giles_or_shows_none_of_its_marks_has_no_reading(string name) =>
        Assert.Null(WadeGiles.Reading(name));

    [Fact]
    public void A_Korean_name_whose_syllables_are_Wade_Giles_too_is_read_but_keeps_its_own_spelling()
    {
        // Chung Ju-yung (McCune–Reischauer) is also Wade–Giles: the reading is made, and the name as written is still searched.
        Assert.Equal("zhong ruyong", WadeGiles.Reading("Chung Ju-yung"));
    }

    [Fact]
    public void Rule_readings_of_a_Latin_name_include_the_pinyin_of_a_Wade_Giles_name()
    {
        Assert.Contains("mao zedong", ScriptReadings.ByRule("Mao Tse-tung"));
        Assert.Contains("zhou enlai", ScriptReadings.ByRule("Chou En-lai"));
        Assert.Empty(ScriptReadings.ByRule("Ali Hassan"));
    }
}
