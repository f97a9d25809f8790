using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Text.Scripts;

namespace Vigil.Core.Tests.Text.Scripts;

public class KhmerTests
{
    private static readonly double Threshold = ScoringProfile.Default.AlertThreshold;

    [Theory]
    [InlineData("ជា", "chea")]    // o-series ា
    [InlineData("សា", "sa")]      // a-series ា
    [InlineData("សុខ", "sok")]    // a-series ុ
    [InlineData("ហ៊ុន", "hun")]   // ៊ moves ហ to the o-series
    [InlineData("ម៉ា", "ma")]     // ៉ moves ម to the a-series
    [InlineData("ប៉ុល", "pol")]   // ប with ៉ reads p
    [InlineData("គន់", "kun")]    // o-series inherent vowel before ់
    [InlineData("ពត", "pot")]
    [InlineData("ប្រាក់", "prak")]  // ប in a cluster reads p
    public void The_series_picks_the_vowel(string khmer, string expected) =>
        Assert.Equal(expected, Khmer.Ungegn(khmer));

    [Theory]
    [InlineData("ភ្នំពេញ", "phnompenh", "phnumpenh")] // coeng cluster, final ញ nh
    [InlineData("ទ្រី", "try", "tri")]                // a word-final ី is y in the known spelling
    [InlineData("សែន", "sen", "saen")]
    [InlineData("សីហនុ", "sihanu", "seihanu")]        // ហ does not close a syllable
    [InlineData("នរោត្តម", "norotam", "norottam")]    // a doubled consonant once
    [InlineData("រង្ស៊ី", "rongsy", "rongsi")]        // a subscript after a final opens the next syllable
    public void The_known_spelling_and_UNGEGN(string khmer, string known, string ungegn)
    {
        Assert.Equal(known, Khmer.Conventional(khmer));
        Assert.Equal(ungegn, Khmer.Ungegn(khmer));
    }

    [Fact]
    public void Khmer_digits_are_digits() => Assert.Equal("1975", Khmer.Ungegn("១៩៧៥"));

    [Fact]
    public void A_Latin_name_has_no_Khmer_reading() => Assert.Empty(Khmer.Readings("Hun Sen"));

    [Theory]
    [InlineData("ហ៊ុន សែន", "Hun Sen")]
    [InlineData("កឹម សុខា", "Kem Sokha")]
    [InlineData("ជា ស៊ីម", "Chea Sim")]
    [InlineData("នរោត្តម សីហនុ", "Norodom Sihanouk")]
    public void A_Khmer_name_matches_its_usual_Latin_spelling(string khmer, string latin) =>
        Assert.True(NameComparer.Compare(khmer, latin, EntityKind.Person) >= Threshold);

    [Theory]
    [InlineData("ហ៊ុន សែន", "Hun Manet")]
    [InlineData("នរោត្តម សីហមុនី", "Norodom Sihanouk")]
    public void Relatives_of_one_family_name_stay_apart(string khmer, string latin) =>
        Assert.True(NameComparer.Compare(khmer, latin, EntityKind.Person) < Threshold);
}
