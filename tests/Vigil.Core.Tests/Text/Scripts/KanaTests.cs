using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Tests.Support;
using Vigil.Core.Text.Scripts;

namespace Vigil.Core.Tests.Text.Scripts;

public class KanaTests
{
    private static readonly double Threshold = ScoringProfile.Default.AlertThreshold;

    [Fact]
    public void The_syllable_table_covers_every_katakana_letter_from_small_a_to_vo() =>
        Assert.Equal(0x30FA - 0x30A1 + 1, Kana.SyllableCount);

    [Theory]
    [InlineData("キャノン", "kyanon")]        // small ya after an i-syllable
    [InlineData("ジョンソン", "jonson")]      // ji + small yo → jo
    [InlineData("シェフ", "shefu")]           // small e replaces the vowel
    [InlineData("ティム", "timu")]
    [InlineData("ウィリアム", "wiriamu")]     // u + small i → wi
    [InlineData("ファルコン", "farukon")]
    [InlineData("ヴァレリー", "vareri")]      // ー adds no letter
    [InlineData("マッチ", "matchi")]          // small tsu doubles the next consonant, t before ch
    [InlineData("プーチン", "puchin")]
    [InlineData("やまだ", "yamada")]          // hiragana reads as katakana
    public void Kana_reads_in_modified_Hepburn(string kana, string hepburn) =>
        Assert.Equal(hepburn, Kana.Hepburn(kana));

    [Theory]
    [InlineData("トランプ", "trump")]
    [InlineData("ドナルド", "donald")]
    [InlineData("ウラジーミル", "vladimir")]
    [InlineData("プーチン", "putin")]
    [InlineData("ラブロフ", "lavrov")]
    [InlineData("ミハイル", "mikhail")]
    [InlineData("カディロフ", "kadyrov")]
    [InlineData("ヒズボラ", "hizballah")]
    [InlineData("バッシャール", "bashar")]
    public void A_katakana_name_and_its_Latin_spelling_share_the_loanword_key(string kana, string latin)
    {
        var (key, nonRhotic) = Kana.KeysOfLatin(latin);
        Assert.Contains(Kana.KeyOfKana(Kana.Hepburn(kana)), new[] { key, nonRhotic });
    }

    [Fact]
    public void An_English_name_keys_without_its_r_after_a_vowel_as_katakana_writes_it() =>
        Assert.Equal(Kana.KeyOfKana(Kana.Hepburn("カーター")), Kana.KeysOfLatin("carter").NonRhotic);

    [Theory]
    [InlineData("トランプ", "tusk")]
    [InlineData("プーチン", "potanin")]
    [InlineData("ラブロフ", "lebedev")]
    public void Different_names_have_different_keys(string kana, string latin)
    {
        var (key, nonRhotic) = Kana.KeysOfLatin(latin);
        Assert.DoesNotContain(Kana.KeyOfKana(Kana.Hepburn(kana)), new[] { key, nonRhotic });
    }

    [Fact]
    public void A_short_key_needs_the_same_vowels() =>
        Assert.NotEqual(Kana.Vowels(Kana.Hepburn("ホッタ"), kana: true), Kana.Vowels("hata", kana: false));

    [Fact]
    public void A_foreign_name_in_katakana_finds_its_listed_entry_and_not_a_namesake()
    {
        var lists = Some.Screener(
            Some.Person("TRUMP, Donald", id: "trump"),
            Some.Person("TUSK, Donald", id: "tusk"),
            Some.Person("PUTIN, Vladimir Vladimirovich", id: "putin"),
            Some.Person("POTANIN, Vladimir Olegovich", id: "potanin"));
        Assert.InRange(lists.Score("ドナルド・トランプ", "trump", EntityKind.Person), Threshold, 1.0);
        Assert.InRange(lists.Score("ドナルド・トランプ", "tusk", EntityKind.Person), 0.0, Threshold - 0.01);
        Assert.InRange(lists.Score("ウラジーミル・プーチン", "putin", EntityKind.Person), Threshold, 1.0);
        Assert.InRange(lists.Score("ウラジーミル・プーチン", "potanin", EntityKind.Person), 0.0, Threshold - 0.01);
        var top = lists.Search(new ScreeningQuery("ウラジーミル・プーチン", EntityKind.Person), new SearchOptions(Top: 1));
        Assert.Equal("putin", Assert.Single(top).Entity.SourceId);
    }
}
