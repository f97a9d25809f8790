using Xunit.Abstractions;

namespace Vigil.Core.Tests.PairSets;

/// <summary>Our own labelled pairs of company and vessel names as other people write them (<c>company_vessel.csv</c>):
/// business words abbreviated (<c>Bros. Svcs</c>, <c>Elec. Eng.</c>, <c>Dept.</c>, <c>Telecoms</c>), names joined or split
/// (<c>Petrovanta</c> / <c>Petro Vanta</c>), vessel prefixes (<c>M/V</c>, <c>F/V</c>, <c>S/Y</c>, <c>Tanker</c>), and
/// negatives that differ in one meaningful word (Electric / Electronics, Trading / Shipping, North / South Star, Cyprus /
/// Malta), Russian vessel names in other spellings (<c>Kapitan</c> / Captain, <c>Voronskiy</c> / <c>Woronski</c>). Scored
/// as <c>vigil compare</c> scores them.</summary>
/// <remarks>The names are invented and written by hand; they are not taken from any list, another engine's fixtures or a
/// published benchmark. The first 59 pairs were written before the abbreviation rows of org_words.tsv (0.797 then); pairs
/// b01–m10 were written after them and scored once, unseen (0.48 before, 1.00 after). Pairs c01–o15 were written next,
/// before the country contrast, <c>Fwd.</c>, <c>Kapitan</c> and the -sky/-ski place adjectives (0.775 before any rule of
/// this session, 0.825 after the abbreviations, 0.925 after). Five known false alerts remain: a missing <c>Central</c>
/// (Bank of X / Central Bank of X), names one letter apart (CORVINA / CORINNA, Vellat / Mellat, Orsk / Omsk), and Energy /
/// Insurance, which is not a contrast pair. Pairs s01–s26 (session 31) were written after the sector-word reading of
/// <c>vigil compare</c> (<c>Rosneft</c> / <c>Rosneft Oil Company</c>) and hold its hard negatives too: 0.417 before it, 0.792
/// after. Three of them are false alerts before and after, a qualifier inserted before the kind of organisation
/// (<c>Varnex University</c> / <c>Varnex Maritime University</c>, <c>Almaz Shipping</c> / <c>Almaz Shipping Bank</c>).</remarks>
public class CompanyVesselPairSetTests(ITestOutputHelper output)
{
    private const string File = "PairSets/company_vessel.csv";

    /// <summary>The floor keeps what the abbreviation rows gained (see docs/scoring.md), allowing one pair to turn.</summary>
    private const double AccuracyFloor = 0.94;

    [Fact]
    public void The_company_and_vessel_pair_set_stays_above_its_accuracy_floor()
    {
        PairSet.AssertHolds(File, output, minPairs: 120, AccuracyFloor, maxFalseAlerts: 7);
    }
}
