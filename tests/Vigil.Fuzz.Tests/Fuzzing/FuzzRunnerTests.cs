using System.Text;
using Xunit.Abstractions;

namespace Vigil.Fuzz.Tests.Fuzzing;

/// <summary>The fuzzer itself: it finds a crash and a hang when there is one, shrinks the crash, and replays from its seeds.</summary>
public sealed class FuzzRunnerTests(ITestOutputHelper output)
{
    private static readonly CorpusEntry[] Corpus =
    [
        CorpusEntry.OneFile("inline", "a.csv", Encoding.UTF8.GetBytes("1,\"ALPHA\",x\n2,\"BETA\",y\n3,\"GAMMA\",z\n")),
        CorpusEntry.OneFile("inline", "b.csv", Encoding.UTF8.GetBytes("10,\"DELTA\",-0- \n")),
    ];

    private static FuzzSettings Quick => new(TimeSpan.FromSeconds(2), [1, 2], 50, 3, true, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2));

    [Fact]
    public void A_parser_that_crashes_on_a_NUL_byte_is_reported_with_its_seeds_and_a_shrunk_input()
    {
        var target = new FuzzTarget("self:nul", Corpus, input =>
            input.Files[0].Contains((byte)0) ? throw new InvalidOperationException("NUL byte") : Outcome.Accepted);

        var report = FuzzRunner.Run(target, Quick, output);

        Assert.True(report.Failures > 0);
        var details = report.Details();
        Assert.Contains("InvalidOperationException: NUL byte", details, StringComparison.Ordinal);
        Assert.Contains("VIGIL_FUZZ_SEED=", details, StringComparison.Ordinal);
        Assert.Contains("shrunk by CsCheck", details, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parser_that_hangs_is_reported_as_a_hang_after_the_input_timeout()
    {
        var target = new FuzzTarget("self:hang", Corpus, input =>
        {
            if (input.Files[0].Length < 20) Thread.Sleep(3_000);
            return Outcome.Accepted;
        });

        var report = FuzzRunner.Run(target, Quick, output);

        Assert.True(report.Stopped);
        Assert.IsType<TimeoutException>(report.First!.Error);
    }

    [Fact]
    public void The_same_run_seed_gives_the_same_inputs()
    {
        byte[][] Inputs()
        {
            var seen = new List<byte[]>();
            var target = new FuzzTarget("self:record", Corpus, input =>
            {
                lock (seen) seen.Add(input.Files[0]);
                return Outcome.Accepted;
            });
            FuzzRunner.Run(target, Quick with { FixedSeeds = [42], FixedInputs = 30, Budget = TimeSpan.FromSeconds(1), RandomSeed = 5 }, output);
            return [.. seen.Take(30)];
        }

        var first = Inputs();
        var second = Inputs();

        Assert.Equal(30, first.Length);
        Assert.All(first.Zip(second), p => Assert.Equal(p.First, p.Second));
        Assert.Contains(first, f => !f.AsSpan().SequenceEqual(Corpus[0].Files[0]) && !f.AsSpan().SequenceEqual(Corpus[1].Files[0]));
    }
}
