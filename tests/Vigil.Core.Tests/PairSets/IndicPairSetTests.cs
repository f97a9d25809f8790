using Xunit.Abstractions;

namespace Vigil.Core.Tests.PairSets;

/// <summary>Our own labelled pairs of names written in the scripts of India (<c>indic.csv</c>): Devanagari, Bengali,
/// Gurmukhi, Gujarati, Telugu, Kannada, Malayalam, Tamil and Oriya against the Latin spellings the persons and places
/// are known by (<c>संजय गांधी</c> Sanjay Gandhi, <c>చంద్రబాబు నాయుడు</c> Chandrababu Naidu, <c>ಬೆಂಗಳೂರು</c>
/// Bengaluru), and negatives that share one name word (<c>राहुल गांधी</c> / Sonia Gandhi). Scored as <c>vigil
/// compare</c> scores them.</summary>
/// <remarks>Written by hand from public figures' and places' names in their own scripts; not taken from any list, another
/// engine's fixtures or a published benchmark. The first 48 pairs were written before the inherent vowel was read (13 of
/// them, probes of Narendra Modi in nine scripts and of Hindi names, before the anusvara rule too): 0.542 before, 0.833
/// after, no false alert either way. Pairs ic1–ic12 (Bengali) were written after, when Bengali was left without its
/// inherent vowel (10 of 12), and then decided reading it a, as Hunterian and the names write it (11 of 12). Pairs
/// in21–in25 hold letters with a nukta (ज़ फ़ ख़), written after that rule: 2 of 5 before it, 3 of 5 after. All 65: 0.585
/// before the session, 0.831 now. Known misses: Latin spellings that are not the script's reading (Dawood for
/// दाऊद, Naidu for నాయుడు, Zia for জিয়া, Hafiz for a फ written without its nukta), a place's modern spelling with o
/// (Kolkata), Tamil (Jayalalithaa), and Oriya's final a (Naveen Patnaik).</remarks>
public class IndicPairSetTests(ITestOutputHelper output)
{
    private const string File = "PairSets/indic.csv";

    /// <summary>The floor keeps what the Hunterian readings gained (docs/scoring.md), allowing one pair to turn.</summary>
    private const double AccuracyFloor = 0.81;

    [Fact]
    public void The_indic_pair_set_stays_above_its_accuracy_floor()
    {
        PairSet.AssertHolds(File, output, minPairs: 60, AccuracyFloor);
    }
}
