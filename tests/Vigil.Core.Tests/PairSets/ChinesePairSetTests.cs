using Xunit.Abstractions;

namespace Vigil.Core.Tests.PairSets;

/// <summary>Our own labelled pairs of Chinese names in Wade–Giles against the pinyin the lists write (<c>chinese.csv</c>):
/// with apostrophes of aspiration and ü (<c>Hsi Chin-p'ing</c>, <c>Yüan Shih-k'ai</c>) and without them, as Taiwanese
/// passports write names (<c>Tsai Ing-wen</c>, <c>Han Kuo-yu</c>); with negatives such as different people of one family
/// name and non-Chinese names holding ts or hs. Scored as <c>vigil compare</c> scores them.</summary>
/// <remarks>The pairs are written by hand from the Wade–Giles–pinyin correspondence and public figures' names; they are
/// not any other engine's fixtures or a published benchmark. A pair is right when a label 1 scores at or above the
/// default alert threshold, or a label 0 below it.</remarks>
public class ChinesePairSetTests(ITestOutputHelper output)
{
    private const string File = "PairSets/chinese.csv";

    /// <summary>0.436 (34 of 78) before the Wade–Giles reading; all 78 with it. The floor keeps what it gained, allowing
    /// one pair to turn.</summary>
    private const double AccuracyFloor = 0.98;

    [Fact]
    public void The_chinese_pair_set_stays_above_its_accuracy_floor()
    {
        PairSet.AssertHolds(File, output, minPairs: 40, AccuracyFloor);
    }
}
