using Xunit.Abstractions;

namespace Vigil.Core.Tests.PairSets;

/// <summary>Our own labelled pairs of foreign names written in katakana against their Latin spellings (<c>kana.csv</c>):
/// persons and organisations in the standard Japanese press renderings (<c>ドナルド・トランプ</c> Donald Trump,
/// <c>ウラジーミル・プーチン</c> Vladimir Putin, <c>ガスプロム</c> Gazprom), with the separators ・ ＝ and the full-width
/// space, and negatives of one shared name word (<c>Donald Tusk</c>, <c>Michelle Obama</c>). Scored as <c>vigil
/// compare</c> scores them.</summary>
/// <remarks>The pairs are written by hand from the katakana renderings of public figures' names in Japanese news; they are
/// not any other engine's fixtures or a published benchmark. A pair is right when a label 1 scores at or above the
/// default alert threshold, or a label 0 below it. Pairs kp01–kp15 (session 31) were written after the soft key's
/// readings of Russian and German sounds (final チ, final ルク, ジェ inside a word, フ before a voiced consonant), with
/// negatives an unrestricted rule would have let through (<c>ジェームズ</c> / Dames, <c>マーク</c> / Marg): 0.400 before
/// them, 0.867 after.</remarks>
public class KanaPairSetTests(ITestOutputHelper output)
{
    private const string File = "PairSets/kana.csv";

    /// <summary>The floor keeps what the loanword key and the English readings gained (see docs/scoring.md), allowing one pair to turn.</summary>
    private const double AccuracyFloor = 0.92;

    /// <summary>One false alert is known and kept in the set: a loanword key of three or more consonants ignores the
    /// vowels (katakana adds some and English spelling hides others), so <c>ストーン</c> Stone and Stern share
    /// <c>stn</c>. Asking the vowels of long keys to agree too cost four true pairs for that one (docs/scoring.md).</summary>
    private const int KnownFalseAlerts = 1;

    [Fact]
    public void The_kana_pair_set_stays_above_its_accuracy_floor()
    {
        PairSet.AssertHolds(File, output, minPairs: 120, AccuracyFloor, KnownFalseAlerts);
    }
}
