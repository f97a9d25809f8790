using BenchmarkDotNet.Running;

namespace Vigil.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*' [--job short]</c> runs the BenchmarkDotNet
/// suite; <c>-- latency</c> measures the single-search latency distribution over the dev queries; <c>-- cases</c> shows
/// what each search benchmark's query returns; <c>-- stream</c> offers payment messages to a running
/// <c>vigil worker --stream</c> at a fixed rate and measures the decisions' latency (scripts/bench-workers.sh).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        switch (args)
        {
            case ["latency", .. var rest]:
                return LatencyRun.Run(rest);
            case ["stream", .. var rest]:
                return StreamRun.Run(rest);
            case ["cases", ..]:
                return CasesRun.Run();
            default:
                var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }
    }
}
