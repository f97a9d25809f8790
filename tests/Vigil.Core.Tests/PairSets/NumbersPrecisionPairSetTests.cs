using System.Globalization;
using Vigil.Core.Matching;
using Xunit.Abstractions;

namespace Vigil.Core.Tests.PairSets;

/// <summary>Our own labelled pairs for numbers (digits, words, ordinals, Roman numerals, <c>No. 8</c>; numbers that
/// disagree), sibling organisations that differ in one meaningful word, and short person names that must not be read as
/// numerals; scored as <c>vigil compare</c> scores them and judged at the default alert threshold.</summary>
/// <remarks>Written by hand from invented names; not any other engine's fixtures or a published benchmark.</remarks>
public class NumbersPrecisionPairSetTests(ITestOutputHelper output)
{
    private const string File = "PairSets/numbers_precision.csv";

    /// <summary>0.598 before numbers were read as digits and disagreeing numbers, contrast words and reversed
    /// patronymic chains counted against a match; 0.959 with them (docs/scoring.md, "Numbers and sibling words"; the
    /// four initials pairs are still wrong). The floor keeps what they gained.</summary>
    private const double AccuracyFloor = 0.95;

    [Fact]
    public void The_numbers_and_precision_pair_set_stays_above_its_accuracy_floor()
    {
        var threshold = ScoringProfile.Default.AlertThreshold;
        var rows = PairSetTests.Read(File);
        var right = 0;
        var perClass = new SortedDictionary<string, (int Right, int All)>(StringComparer.Ordinal);
        foreach (var (id, a, b, kind, label) in rows)
        {
            var score = NameComparer.Compare(a, b, kind);
            var ok = (score >= threshold) == label;
            if (ok) right++;
            output.WriteLine($"{(ok ? "ok   " : "WRONG")} {id} {score.ToString("0.000", CultureInfo.InvariantCulture)} label={(label ? 1 : 0)} '{a}' / '{b}'");
            var cls = id[..2];
            var (r, n) = perClass.GetValueOrDefault(cls);
            perClass[cls] = (r + (ok ? 1 : 0), n + 1);
        }
        foreach (var (cls, (r, n)) in perClass)
            output.WriteLine($"{cls}: {r}/{n}");
        var accuracy = (double)right / rows.Count;
        output.WriteLine($"accuracy {accuracy.ToString("0.000", CultureInfo.InvariantCulture)} on {rows.Count} pairs");
        Assert.InRange(accuracy, AccuracyFloor, 1.0);
    }
}
