using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;
using Xunit.Abstractions;

namespace Vigil.Fuzz.Tests.Fuzzing;

/// <summary>
/// Runs a <see cref="FuzzTarget"/> for its time budget: first the fixed seeds (the same inputs every run), then one random
/// seed, each input under a per-input timeout. A failing input is shrunk with CsCheck and reported with the seeds that replay it.
/// </summary>
public static class FuzzRunner
{
    /// <summary>The PCG stream every input is generated on; an input is replayed from its own 64-bit seed on it.</summary>
    private const uint Stream = 1;

    /// <summary>After this many failing inputs the run stops: the first one is what gets shrunk and reported.</summary>
    private const int MaxFailures = 20;

    public static FuzzReport Run(FuzzTarget target, FuzzSettings settings, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        var gen = FuzzGen.Inputs(target.Corpus.Count);
        var clock = Stopwatch.StartNew();
        var report = new FuzzReport(target.Name, target.Corpus.Count, target.Corpus.Sum(e => e.Files.Sum(f => (long)f.Length)), settings);
        var runSeeds = settings.FixedSeeds.Select(s => (Seed: s, Fixed: true)).Append((Seed: settings.RandomSeed, Fixed: false)).ToList();
        for (var r = 0; r < runSeeds.Count && !report.Stopped; r++)
        {
            var (runSeed, isFixed) = runSeeds[r];
            // Each fixed seed gets at most a quarter of the budget, so the random seed always runs.
            var until = isFixed ? TimeSpan.FromTicks(settings.Budget.Ticks * (r + 1) / (runSeeds.Count + 1)) : settings.Budget;
            var run = new PCG(Stream, runSeed);
            var count = 0;
            while (clock.Elapsed < until && (!isFixed || count < settings.FixedInputs) && !report.Stopped)
            {
                var inputSeed = run.Next64();
                var input = gen.Generate(new PCG(Stream, inputSeed), null!, out _);
                count++;
                var (outcome, error) = RunOne(target, input, settings.InputTimeout);
                report.Tried(isFixed, outcome);
                if (error is null) continue;
                if (target.Known?.FirstOrDefault(k => k.Matches(error)) is { } known)
                {
                    report.Known(known);
                    continue;
                }
                report.Failed(runSeed, count, new PCG(Stream, inputSeed).ToString(), input, error, Describe(target, input));
                if (error is TimeoutException || report.Failures >= MaxFailures) report.Stop();
            }
        }
        report.Elapsed = clock.Elapsed;
        if (report.First is { Error: not TimeoutException } first) report.Shrunk = Shrink(target, gen, first.InputSeed, settings);
        output.WriteLine(report.Figures());
        if (report.Failures > 0) output.WriteLine(report.Details());
        // The console logger shows test output only for failing tests; the figures go to the standard output as well.
        Console.WriteLine(report.Figures());
        return report;
    }

    /// <summary>Runs the check on one input: how it was taken, or what went wrong (a hang is a <see cref="TimeoutException"/>).</summary>
    public static (Outcome? Outcome, Exception? Error) RunOne(FuzzTarget target, FuzzInput input, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(target);
        var mutated = Mutator.Apply(target.Corpus, input);
        var task = Task.Run(() => target.Check(mutated));
        try
        {
            return task.Wait(timeout)
                ? (task.Result, null)
                : (null, new TimeoutException($"no answer within {timeout.TotalSeconds:N0} s (the input hangs the parser; the check is still running)"));
        }
        catch (AggregateException ex)
        {
            return (null, ex.InnerException ?? ex);
        }
    }

    /// <summary>CsCheck starts from the failing input's seed and shrinks it within the shrink budget; returns its report.</summary>
    private static string Shrink(FuzzTarget target, Gen<FuzzInput> gen, string inputSeed, FuzzSettings settings)
    {
        try
        {
            gen.Sample(input =>
                {
                    var (_, error) = RunOne(target, input, settings.InputTimeout);
                    if (error is not null and not TimeoutException && target.Known?.Any(k => k.Matches(error)) != true) throw error;
                },
                seed: inputSeed, time: (int)Math.Max(1, settings.ShrinkBudget.TotalSeconds), threads: 1, print: input => Describe(target, input));
            return $"CsCheck did not reproduce the failure from seed {inputSeed} (it depends on timing or state).";
        }
        catch (Exception ex) when (ex.GetType().Name == "CsCheckException")
        {
            return ex.Message;
        }
    }

    /// <summary>The input's seed entry and mutations, and for each changed file the first changed bytes.</summary>
    public static string Describe(FuzzTarget target, FuzzInput input)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(input);
        var mutated = Mutator.Apply(target.Corpus, input);
        var entry = target.Corpus[input.Seed % target.Corpus.Count];
        var sb = new StringBuilder(input.ToString()).Append(" on ").Append(entry.Origin);
        for (var f = 0; f < mutated.Files.Length; f++)
        {
            var (before, after) = (entry.Files[f], mutated.Files[f]);
            if (before.AsSpan().SequenceEqual(after)) continue;
            var at = before.AsSpan().CommonPrefixLength(after);
            var line = 1 + after.AsSpan(0, Math.Min(at, after.Length)).Count((byte)'\n');
            var from = Math.Max(0, at - 60);
            var window = after.AsSpan(from, Math.Min(after.Length - from, 200));
            sb.Append(CultureInfo.InvariantCulture,
                $"\n  {entry.Names[f]}: {before.Length:N0} -> {after.Length:N0} bytes, first change at byte {at:N0} (line {line}): …{Escape(window)}…");
        }
        return sb.ToString();
    }

    private static string Escape(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
            sb.Append(b is >= 0x20 and < 0x7F and not (byte)'\\' ? ((char)b).ToString() : b == '\n' ? "\\n" : b == '\\' ? "\\\\" : $"\\x{b:X2}");
        return sb.ToString();
    }
}
