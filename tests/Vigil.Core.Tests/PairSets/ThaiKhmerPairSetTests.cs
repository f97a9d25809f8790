using Xunit.Abstractions;

namespace Vigil.Core.Tests.PairSets;

/// <summary>Our own labelled pairs of Thai and Khmer names against their Latin spellings (<c>thai_khmer.csv</c>): Thai
/// and Cambodian prime ministers, ministers, generals and royals, companies and places, in the spellings they are
/// known by (<c>ทักษิณ ชินวัตร</c> Thaksin Shinawatra, <c>ហ៊ុន សែន</c> Hun Sen), and negatives of one shared name word
/// (<c>Yingluck Shinawatra</c> for Thaksin, <c>Hun Manet</c> for Hun Sen). Scored as <c>vigil compare</c> scores
/// them.</summary>
/// <remarks>The pairs are written by hand from public figures' names; they are not any other engine's fixtures or a
/// published benchmark. A pair is right when a label 1 scores at or above the default alert threshold, or a label 0
/// below it.</remarks>
public class ThaiKhmerPairSetTests(ITestOutputHelper output)
{
    private const string File = "PairSets/thai_khmer.csv";

    /// <summary>The first 80 pairs: 0.418 before the Thai and Khmer readings, 0.900 with them; the 26 pairs added after,
    /// unseen by the rules: 0.731; all 106: 0.868 (see docs/scoring.md). The floor keeps that, allowing one pair to turn.</summary>
    private const double AccuracyFloor = 0.85;

    [Fact]
    public void The_Thai_and_Khmer_pair_set_stays_above_its_accuracy_floor()
    {
        // ហ៊ុន ម៉ានិត / Hun Manet alerts as Hun Manith / Hun Manet does in Latin (Manit and Manet share a phonetic key)
        PairSet.AssertHolds(File, output, minPairs: 40, AccuracyFloor, maxFalseAlerts: 1);
    }
}
