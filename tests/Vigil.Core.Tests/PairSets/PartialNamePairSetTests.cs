using Xunit.Abstractions;

namespace Vigil.Core.Tests.PairSets;

/// <summary>Our own labelled pairs of a person's name given in part against the full name (<c>partial_names.csv</c>):
/// the first given name and a family name kept, middle names, patronymics, a father's and grandfather's names or a
/// second family name left out (Ramiro Villalba / Ramiro Esteban Villalba Ordaz, Ivan Korshunov / Ivan Petrovich
/// Korshunov, Yusuf Haddadin / Yusuf Khalil Ibrahim Haddadin), and negatives: the first name left out (Esteban Villalba,
/// Khalil Haddadin: a middle or a father's name), a single word, another given name, and a family name that is only
/// close (Quiroga / Quiroz, Korsakov / Korshunov). Scored as <c>vigil compare</c> scores them.</summary>
/// <remarks>The names are invented, written by hand before the rule (see docs/scoring.md, <c>vigil compare</c>); they
/// are not taken from any list, another engine's fixtures or a published benchmark. The 34 pairs pp01–pn14: 0.676 before
/// the rule, 0.912 after; pn15–pp21 (half of a hyphenated or theophoric name) were written after it: 3 of 5 right before
/// and after. Known misses: a Persian family name against the same with -nejad (Rostami / Rostami Nejad, arguably two
/// names), the first name and the second family name alone (Ramiro Ordaz, read as given in part), and three pairs of two
/// words against three that score 0.83–0.85 with or without the rule: a middle name used as the first (Magnus Aalstad /
/// Henrik Magnus Aalstad) and half of a hyphenated name (Jean Duvalier / Jean-Claude Duvalier, Eli Cohn / Eli
/// Cohn-Bendit).</remarks>
public class PartialNamePairSetTests(ITestOutputHelper output)
{
    private const string File = "PairSets/partial_names.csv";

    /// <summary>The floor keeps what the rule gained (34 of 39; 0.667 before it).</summary>
    private const double AccuracyFloor = 0.85;

    [Fact]
    public void The_partial_name_pair_set_stays_above_its_accuracy_floor()
    {
        PairSet.AssertHolds(File, output, minPairs: 35, AccuracyFloor, maxFalseAlerts: 4);
    }
}
