using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Text.Scripts;

namespace Vigil.Core.Tests.Text.Scripts;

public class ThaiTests
{
    private static readonly double Threshold = ScoringProfile.Default.AlertThreshold;

    [Theory]
    [InlineData("เปรม", "prem")]            // เ is written before its cluster and read after it
    [InlineData("แดง", "daeng")]
    [InlineData("โอชา", "ocha")]
    [InlineData("ไทย", "thai")]              // ไ–ย is ai once
    [InlineData("เชียงใหม่", "chiangmai")]   // เ–ีย ia, tone mark unwritten
    [InlineData("เจริญ", "charoen")]        // เ over the second consonant ร: the first reads a
    [InlineData("เนวิน", "newin")]          // but over the first one before ว
    [InlineData("เยาวภา", "yaowapha")]      // เ–า ao
    [InlineData("ชวน", "chuan")]             // –ว– ua
    public void Preposed_and_compound_vowels_are_read_after_their_consonant(string thai, string rtgs) =>
        Assert.Equal(rtgs, Thai.Rtgs(thai));

    [Theory]
    [InlineData("ทักษิณ", "thaksin")]        // ก final k
    [InlineData("รัฐ", "rat")]                // ฐ final t
    [InlineData("ลาภ", "lap")]               // ภ final p
    [InlineData("ชาญ", "chan")]              // ญ final n
    [InlineData("พล", "phon")]               // ล final n, the implicit vowel o
    [InlineData("ชาย", "chai")]              // ย final i
    [InlineData("ขาว", "khao")]              // ว final o
    public void A_final_consonant_reads_by_its_RTGS_class(string thai, string rtgs) =>
        Assert.Equal(rtgs, Thai.Rtgs(thai));

    [Theory]
    [InlineData("พล", "pol")]                // ล kept, aspirate dropped
    [InlineData("จุฬาลงกรณ์", "chulalongkorn")] // final ร as rn
    [InlineData("ชินวัตร", "shinwatra")]       // a trailing ร read; ช at a word's start as sh
    [InlineData("พิธา", "pita")]
    public void The_letter_wise_spelling_keeps_final_consonants_as_written(string thai, string letters) =>
        Assert.Equal(letters, Thai.Letters(thai));

    [Theory]
    [InlineData("จันทร์", "chan")]     // ร silenced, and ท between the final and it
    [InlineData("ลักษณ์", "lak")]
    [InlineData("สิทธิ์", "sit")]      // the silenced letter takes its vowel sign with it
    [InlineData("วงษ์", "wong")]       // ง closes วง, so it stays
    [InlineData("จุลานนท์", "chulanon")]
    public void The_thanthakhat_silences_its_letter(string thai, string rtgs) =>
        Assert.Equal(rtgs, Thai.Rtgs(thai));

    [Theory]
    [InlineData("ถนอม", "thanom")]     // a before a consonant with a vowel
    [InlineData("นคร", "nakhon")]      // a, then o closed by the last consonant
    [InlineData("ชวลิต", "chawalit")]  // ว does not close an implicit vowel
    [InlineData("สุวรรณ", "suwan")]    // รร is a with the next consonant as final
    [InlineData("ธรรม", "tham")]
    [InlineData("กมลวิศิษฎ์", "kamonwisit")] // three consonants: a, then o closed by the third
    [InlineData("วงศ์สวัสดิ์", "wongsawat")] // a silenced letter ends the syllable
    [InlineData("ธนาธร", "thanathon")]       // after a long vowel, the last two consonants read o
    public void Unwritten_vowels_are_read_a_or_o(string thai, string rtgs) =>
        Assert.Equal(rtgs, Thai.Rtgs(thai));

    [Theory]
    [InlineData("๒๕๖๗", "2567")]
    [InlineData("ปตท.", "ptt")]
    [InlineData("ดีๆ", "di di")]
    public void Digits_abbreviations_and_repetition(string thai, string rtgs) =>
        Assert.Equal(rtgs, Thai.Rtgs(thai));

    [Fact]
    public void A_Thai_name_has_at_most_three_readings_and_a_Latin_name_none()
    {
        Assert.InRange(Thai.Readings("ทักษิณ ชินวัตร").Count, 1, 3);
        Assert.Empty(Thai.Readings("Thaksin Shinawatra"));
        Assert.Contains("thaksin chinwat", ScriptReadings.OfScript("ทักษิณ ชินวัตร", ScoringProfile.Default));
    }

    [Theory]
    [InlineData("ทักษิณ ชินวัตร", "Thaksin Shinawatra")]
    [InlineData("ยิ่งลักษณ์ ชินวัตร", "Yingluck Shinawatra")]
    [InlineData("อภิสิทธิ์ เวชชาชีวะ", "Abhisit Vejjajiva")]
    [InlineData("เศรษฐา ทวีสิน", "Srettha Thavisin")]
    public void A_Thai_name_matches_its_usual_Latin_spelling(string thai, string latin) =>
        Assert.True(NameComparer.Compare(thai, latin, EntityKind.Person) >= Threshold);

    [Theory]
    [InlineData("ทักษิณ ชินวัตร", "Yingluck Shinawatra")]
    [InlineData("พานทองแท้ ชินวัตร", "Paetongtarn Shinawatra")]
    public void Relatives_of_one_family_name_stay_apart(string thai, string latin) =>
        Assert.True(NameComparer.Compare(thai, latin, EntityKind.Person) < Threshold);
}
