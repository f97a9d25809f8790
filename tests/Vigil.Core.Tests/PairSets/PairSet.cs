using System.Globalization;
using nietras.SeparatedValues;
using Vigil.Core.Matching;
using Vigil.Core.Model;
using Xunit.Abstractions;

namespace Vigil.Core.Tests.PairSets;

/// <summary>A labelled pair-set file (<c>id,name_a,name_b,type,label</c>) scored as <c>vigil compare</c> scores it and
/// judged at the default alert threshold: a pair is right when a label 1 scores at or above it, or a label 0 below.</summary>
/// <param name="Pairs">How many pairs the file holds.</param>
/// <param name="Accuracy">The share of pairs judged right.</param>
/// <param name="FalseAlerts">Label-0 pairs at or above the threshold.</param>
internal sealed record PairSet(int Pairs, double Accuracy, int FalseAlerts)
{
    /// <summary>Scores every pair of <paramref name="file"/> (under the test output folder), writing the wrong ones (every
    /// pair with <paramref name="everyPair"/>), the right/all count per class (an id's first two letters) and the accuracy.
    /// With <paramref name="withoutTypes"/> every pair is scored as one whose type column is empty.</summary>
    public static PairSet Score(string file, ITestOutputHelper output, bool everyPair = false, bool withoutTypes = false)
    {
        var threshold = ScoringProfile.Default.AlertThreshold;
        var rows = Read(file);
        var (right, falseAlerts) = (0, 0);
        var perClass = new SortedDictionary<string, (int Right, int All)>(StringComparer.Ordinal);
        foreach (var (id, a, b, kind, label) in rows)
        {
            var score = NameComparer.Compare(a, b, withoutTypes ? EntityKind.Unknown : kind);
            var ok = (score >= threshold) == label;
            if (ok) right++;
            if (!label && score >= threshold) falseAlerts++;
            if (everyPair || !ok)
                output.WriteLine($"{(ok ? "ok   " : "WRONG")} {id} {score.ToString("0.000", CultureInfo.InvariantCulture)} label={(label ? 1 : 0)} '{a}' / '{b}'");
            var (r, n) = perClass.GetValueOrDefault(id[..2]);
            perClass[id[..2]] = (r + (ok ? 1 : 0), n + 1);
        }
        foreach (var (cls, (r, n)) in perClass) output.WriteLine($"{cls}: {r}/{n}");
        var accuracy = (double)right / rows.Count;
        output.WriteLine($"accuracy {accuracy.ToString("0.000", CultureInfo.InvariantCulture)} on {rows.Count} pairs");
        return new PairSet(rows.Count, accuracy, falseAlerts);
    }

    /// <summary>Scores <paramref name="file"/> and asserts what a pair-set test keeps: at least <paramref name="minPairs"/>
    /// pairs, at most <paramref name="maxFalseAlerts"/> false alerts, accuracy at or above <paramref name="accuracyFloor"/>.</summary>
    public static void AssertHolds(string file, ITestOutputHelper output, int minPairs, double accuracyFloor, int maxFalseAlerts = 0)
    {
        var set = Score(file, output);
        Assert.True(set.Pairs >= minPairs, $"{file} holds {set.Pairs} pairs, fewer than {minPairs}");
        Assert.InRange(set.FalseAlerts, 0, maxFalseAlerts);
        Assert.InRange(set.Accuracy, accuracyFloor, 1.0);
    }

    /// <summary>The pairs of a pair-set file under the test output folder.</summary>
    internal static List<(string Id, string A, string B, EntityKind Kind, bool Label)> Read(string file)
    {
        var result = new List<(string, string, string, EntityKind, bool)>();
        using var reader = Sep.Reader(o => o with { Unescape = true, HasHeader = true }).FromFile(Path.Combine(AppContext.BaseDirectory, file));
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount != 5) throw new InvalidDataException($"{file}: line {line}: {row.ColCount} fields, expected id,name_a,name_b,type,label");
            var kind = row["type"].ToString() switch
            {
                "person" => EntityKind.Person,
                "organization" => EntityKind.Organization,
                "vessel" => EntityKind.Vessel,
                "" or "unknown" => EntityKind.Unknown,
                var other => throw new InvalidDataException($"{file}: line {line}: type '{other}'"),
            };
            result.Add((row["id"].ToString(), row["name_a"].ToString(), row["name_b"].ToString(), kind, row["label"].ToString() == "1"));
        }
        return result;
    }
}
