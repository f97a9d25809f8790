using System.Diagnostics;
using Vigil.Sources.Ofac;
using Vigil.Tests.Shared;
using Xunit.Abstractions;

namespace Vigil.Sources.Tests.Ofac;

/// <summary>Timing runs alone, after the parallel tests, so other tests parsing the same files do not skew it.</summary>
[CollectionDefinition(nameof(OfacTimingTests), DisableParallelization = true)]
public sealed class OfacTimingCollection;

[Collection(nameof(OfacTimingTests))]
public class OfacTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Sdn_2021_07_parses_well_under_a_second()
    {
        var folder = SharedData.Path("ofac-sdn/2021-07");
        var bytes = Directory.GetFiles(folder).ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes);
        ListParseResult Run() => OfacParser.Sdn.Parse(new ListInput(bytes.Select(kv => new ListFile(kv.Key, new MemoryStream(kv.Value)))));

        var cold = Stopwatch.StartNew();
        Run();
        cold.Stop();
        var warm = new List<long>();
        // The machine is shared: the best of a few warm runs is the parser's own time.
        for (var i = 0; i < 5; i++)
        {
            var sw = Stopwatch.StartNew();
            Assert.Equal(8976, Run().Entities.Count);
            warm.Add(sw.ElapsedMilliseconds);
        }
        output.WriteLine($"SDN 2021-07 ({bytes.Values.Sum(b => b.Length)} bytes): first parse {cold.ElapsedMilliseconds} ms, then {string.Join(", ", warm)} ms");
        Assert.InRange(warm.Min(), 0, 999);
    }
}
