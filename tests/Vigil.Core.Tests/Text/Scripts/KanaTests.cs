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
    [InlineData("ロスネフチ", "rosneft")]             // a final チ is a Russian soft t
    [InlineData("ローテンベルク", "rotenberg")]        // a final ルク is a German devoiced rg
    [InlineData("メドヴェージェフ", "medvedev")]       // ジェ inside a word is a Russian soft d
    [InlineData("エフゲニー", "yevgeny")]              // フ before a voiced consonant is a Russian v
    public void A_katakana_name_and_its_Latin_spelling_share_the_loanword_key(string kana, string latin)
    {
        var (key, nonRhotic) = Kana.KeysOfLatin(latin);
        var (kanaKey, soft) = Kana.KeysOfKana(Kana.Hepburn(kana));
        Assert.True(new[] { key, nonRhotic }.Intersect(new[] { kanaKey, soft }).Any(k => k is not null), $"{kanaKey}/{soft} vs {key}/{nonRhotic}");
    }

    [Fact]
    public void An_English_name_keys_without_its_r_after_a_vowel_as_katakana_writes_it() =>
        Assert.Equal(Kana.KeysOfKana(Kana.Hepburn("カーター")).Key, Kana.KeysOfLatin("carter").NonRhotic);

    [Theory]
    [InlineData("トランプ", "tusk")]
    [InlineData("プーチン", "potanin")]
    [InlineData("ラブロフ", "lebedev")]
    [InlineData("ジェームズ", "dames")]               // an initial ジェ is English j
    [InlineData("マーク", "marg")]                    // only a final ルク may be rg
    public void Different_names_have_different_keys(string kana, string latin)
    {
        var (key, nonRhotic) = Kana.KeysOfLatin(latin);
        var (kanaKey, soft) = Kana.KeysOfKana(Kana.Hepburn(kana));
        Assert.DoesNotContain(kanaKey, new[] { key, nonRhotic });
        if (soft is not null) Assert.DoesNotContain(soft, new[] { key, nonRhotic });
    }

    [Fact]
    public void A_short_key_needs_the_same_vowels() =>
        Assert.NotEqual(Kana.Vowels(Kana.Hepburn("ホッタ"), kana: true), Kana.Vowels("hata", kana: false));

    [Theory]
    [InlineData("ジョージ", "george")]               // English soft g; the r after a vowel is not said
    [InlineData("キッシンジャー", "kissinger")]      // ng before e is n + soft g
    [InlineData("スティーブン", "steven")]           // ティ is ti, not chi
    [InlineData("ティール", "thiel")]                // th as t
    [InlineData("ウォロディミル", "volodymyr")]      // ディ read as the older ジ of a soft d
    [InlineData("ジリノフスキー", "zhirinovsky")]     // v before a voiceless consonant is f
    [InlineData("クリストファー", "christopher")]    // chr is kr
    public void English_and_Russian_sounds_key_as_katakana_writes_them(string kana, string latin)
    {
        var (key, nonRhotic) = Kana.KeysOfLatin(latin);
        var (kanaKey, soft) = Kana.KeysOfKana(Kana.Hepburn(kana));
        Assert.True(new[] { key, nonRhotic }.Intersect(new[] { kanaKey, soft }).Any(k => k is not null), $"{kanaKey}/{soft} vs {key}/{nonRhotic}");
    }

    [Theory]
    [InlineData("カーター", "carter")]   // ā for ar and er
    [InlineData("パーカー", "parker")]
    [InlineData("ピーター", "peter")]
    [InlineData("マイク", "mike")]       // a final e lengthens the vowel before: ai
    [InlineData("ジョー", "joe")]        // the only vowel of a word stays
    [InlineData("テイラー", "taylor")]   // ay is ei
    [InlineData("ブレア", "blair")]      // the u katakana puts between b and r is no vowel
    [InlineData("バウト", "bout")]
    [InlineData("ヨシフ", "iosif")]      // an i before a vowel at the start is y
    [InlineData("ジョージ", "george")]
    public void A_short_key_agrees_on_the_vowels_of_the_English_sound(string kana, string latin) =>
        Assert.True(Kana.VowelsAgree(Kana.Vowels(Kana.Hepburn(kana), kana: true), Kana.Vowels(latin, kana: false)),
            $"{Kana.Vowels(Kana.Hepburn(kana), kana: true)} vs {Kana.Vowels(latin, kana: false)}");

    [Theory]
    [InlineData("ホッタ", "hata")]
    [InlineData("パーカー", "porter")]
    [InlineData("カーター", "cutter")]
    public void A_short_key_with_other_vowels_does_not_agree(string kana, string latin) =>
        Assert.False(Kana.VowelsAgree(Kana.Vowels(Kana.Hepburn(kana), kana: true), Kana.Vowels(latin, kana: false)));

    [Fact]
    public void An_English_name_in_katakana_with_short_keys_finds_its_listed_entry_and_not_a_namesake()
    {
        var lists = Some.Screener(
            Some.Person("CARTER, Jimmy", id: "carter"),
            Some.Person("CUTTER, Jimmy", id: "cutter"),
            Some.Person("PARKER, Peter", id: "parker"),
            Some.Person("PORTER, Peter", id: "porter"));
        Assert.InRange(lists.Score("ジミー・カーター", "carter", EntityKind.Person), Threshold, 1.0);
        Assert.InRange(lists.Score("ジミー・カーター", "cutter", EntityKind.Person), 0.0, Threshold - 0.01);
        Assert.InRange(lists.Score("ピーター・パーカー", "parker", EntityKind.Person), Threshold, 1.0);
        Assert.InRange(lists.Score("ピーター・パーカー", "porter", EntityKind.Person), 0.0, Threshold - 0.01);
        var top = lists.Search(new ScreeningQuery("ピーター・パーカー", EntityKind.Person), new SearchOptions(Top: 1));
        Assert.Equal("parker", Assert.Single(top).Entity.SourceId);
    }

    [Theory]
    [InlineData("エフゲニー", "Haghighian")] // same consonants (hgn), but a vowel starts one and a consonant the other
    [InlineData("ハメネイ", "Hameed")]       // hamenei is two edits from hameed: a transcription has no typos
    public void A_katakana_word_meets_a_Latin_word_only_by_its_key(string kana, string latin) =>
        Assert.InRange(NameComparer.Compare(kana, latin, EntityKind.Person), 0.0, Threshold - 0.01);

    [Fact]
    public void Hiragana_and_katakana_written_together_are_two_words()
    {
        var tokens = new List<Vigil.Core.Text.RawToken>();
        Vigil.Core.Text.TextNormalizer.Tokenize("ベラルーシのアレクサンドル", tokens);
        Assert.Equal(3, tokens.Count);
        Assert.Equal("ベラルーシ".Length, tokens[0].End);
    }

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
