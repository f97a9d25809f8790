using Xunit.Abstractions;

namespace Vigil.Core.Tests.PairSets;

/// <summary>Our own labelled pairs of persons' names as other people write them (<c>persons.csv</c>): accents and their
/// ASCII spellings (Müller / Mueller, Jørgen / Joergen, İlhan / Ilhan), family name first (Orbán Viktor), Arabic names in
/// their many transliterations (Qaddafi / Gadhafi, Usama bin Ladin), patronymics and titles added or left out, Russian
/// ё written yo or e (Pyotr Fyodorov / Petr Fedorov), Wade–Giles (Mao Tse-tung), and negatives of relatives and
/// namesakes (Kim Jong Il, Maher al-Assad, Oleksandr Yanukovych). Scored as <c>vigil compare</c> scores them.</summary>
/// <remarks>Written by hand from public figures' names and their common spellings; not taken from any list, another
/// engine's fixtures or a published benchmark. All 66 pairs were written before the ё reading and the Persian
/// honorifics (0.894 then, 0.924 after). Known misses: a joined Dutch particle (Pieter vanderMerwe), a name given only in
/// part (Lula da Silva), a Cantonese against a Mandarin name (Chiang Kai-shek / Jiang Jieshi), two surnames one letter
/// apart (Müller / Möller), and a Vietnamese middle name (Nguyen Tan / Van Dung). Pairs l01–l08 (session 31) are
/// patronymic chains, written after the rule that a query naming the listed person's parent by the rest of the chain
/// (<c>Salman Abdulaziz</c> / <c>Muhammad bin Salman bin Abdulaziz</c>) is another person: 5 of 8 before, 8 of 8 after.
/// Pairs d01–d08 (session 35) write дж / ج as BGN/PCGN (dzh) and German (dsch) write it, and German sch / tsch: 5 of 8
/// before the phonetic key read them as j, sh and ch (Dzhamal / Jamal 0.77, Dschawad / Javad 0.65), 8 of 8 after.</remarks>
public class PersonPairSetTests(ITestOutputHelper output)
{
    private const string File = "PairSets/persons.csv";

    /// <summary>The floor keeps today's accuracy, allowing one pair to turn.</summary>
    private const double AccuracyFloor = 0.90;

    [Fact]
    public void The_person_pair_set_stays_above_its_accuracy_floor()
    {
        PairSet.AssertHolds(File, output, minPairs: 60, AccuracyFloor, maxFalseAlerts: 2);
    }
}
