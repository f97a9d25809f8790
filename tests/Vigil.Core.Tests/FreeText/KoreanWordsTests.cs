using Vigil.Core.FreeText;
using Vigil.Core.Text.Scripts;

namespace Vigil.Core.Tests.FreeText;

public class KoreanWordsTests
{
    [Theory]
    [InlineData("북한의 김여정 부부장", "김여정", true)] // a whole word
    [InlineData("김여정은 말했다", "김여정", true)] // without its particle
    [InlineData("최룡해를 제재했다", "최룡해", true)]
    [InlineData("이재명 대표는", "이재", false)] // part of a name
    [InlineData("대통령은 말했다", "대통", false)] // part of a word ("president")
    [InlineData("정책은 중요하다", "정책", false)] // a word of two syllables: no name
    [InlineData("경제 정책", "경", false)]
    [InlineData("Kim Yo Jong said", "Kim Yo Jong", true)] // no Hangul: not this rule's
    public void A_mention_in_hangul_is_a_whole_word_or_one_without_its_particle(string text, string mention, bool mayName)
    {
        var start = text.IndexOf(mention, StringComparison.Ordinal);

        Assert.Equal(mayName, KoreanWords.MayName(text, start, start + mention.Length, minSyllables: 3));
    }

    [Fact]
    public void Given_a_korean_text_When_read_Then_a_name_is_written_as_the_lists_write_korean_names_and_keeps_its_offsets()
    {
        const string text = "북한의 김여정은 말했다";

        var (reading, offsets) = KoreanNames.TextReading(text)!.Value;

        Assert.Contains("Kim Yo Jong Un", reading, StringComparison.Ordinal); // 은, the particle, is read too: a word after the name
        Assert.Equal(reading.Length, offsets.Length);
        var at = reading.IndexOf("Kim", StringComparison.Ordinal);
        Assert.Equal(text.IndexOf('김'), offsets[at]);
        Assert.Equal(text.IndexOf('정'), offsets[reading.IndexOf("Jong", StringComparison.Ordinal)]);
        Assert.StartsWith("북한의 ", reading, StringComparison.Ordinal); // a word of another length or no family name stays
    }

    [Fact]
    public void A_text_without_hangul_has_no_korean_reading() =>
        Assert.Null(KoreanNames.TextReading("Kim Yo Jong"));
}
