using System.Globalization;
using System.Text;

namespace Vigil.Fuzz.Tests.Fuzzing;

/// <summary>The figures of one target's run (inputs tried, failures) and the first failing input with the seeds that replay it.</summary>
public sealed class FuzzReport(string target, int corpusEntries, long corpusBytes, FuzzSettings settings)
{
    private readonly List<string> _signatures = [];

    public string Target { get; } = target;
    public int Inputs { get; private set; }
    public int FixedInputs { get; private set; }
    public int Accepted { get; private set; }
    public int Refused { get; private set; }
    public int Failures { get; private set; }
    public bool Stopped { get; private set; }
    public TimeSpan Elapsed { get; set; }
    public FailedInput? First { get; private set; }
    public string? Shrunk { get; set; }

    /// <summary>A failing input: the run seed and its position in that run, the input's own CsCheck seed, and what went wrong.</summary>
    public sealed record FailedInput(ulong RunSeed, int Index, string InputSeed, FuzzInput Input, Exception Error, string Description);

    internal void Tried(bool isFixed, Outcome? outcome)
    {
        Inputs++;
        if (isFixed) FixedInputs++;
        if (outcome == Outcome.Accepted) Accepted++;
        else if (outcome == Outcome.Refused) Refused++;
    }

    internal void Failed(ulong runSeed, int index, string inputSeed, FuzzInput input, Exception error, string description)
    {
        Failures++;
        First ??= new FailedInput(runSeed, index, inputSeed, input, error, description);
        var signature = $"{error.GetType().Name}: {FirstLine(error.Message)} @ {FirstFrame(error)}";
        if (!_signatures.Contains(signature)) _signatures.Add(signature);
    }

    internal void Stop() => Stopped = true;

    private readonly Dictionary<string, int> _known = [];

    /// <summary>Inputs that hit a known crash, by its name.</summary>
    public IReadOnlyDictionary<string, int> KnownCrashes => _known;

    internal void Known(KnownCrash crash) => _known[crash.Name] = _known.GetValueOrDefault(crash.Name) + 1;

    /// <summary>One line: <c>fuzz list:un: 4,210 inputs (300 from fixed seeds ...; 3,910 from random seed 123): 2,000 read, 2,210 refused ..., 0 failures; 15.0 s, corpus ...</c>.</summary>
    public string Figures() => string.Format(CultureInfo.InvariantCulture,
        "fuzz {0}: {1:N0} inputs ({2:N0} from fixed seeds {3}; {4:N0} from random seed {5}{6}): {7:N0} read, {8:N0} refused with the documented error, {9:N0} failures; {10:N1} s, corpus {11} entries ({12:N0} bytes)",
        Target, Inputs, FixedInputs, string.Join(",", settings.FixedSeeds), Inputs - FixedInputs, settings.RandomSeed,
        settings.RandomSeedGiven ? ", given" : "", Accepted, Refused, Failures, Elapsed.TotalSeconds, corpusEntries, corpusBytes)
        + string.Concat(_known.Select(k => string.Format(CultureInfo.InvariantCulture, "; KNOWN CRASH '{0}' hit by {1:N0} inputs (not yet fixed)", k.Key, k.Value)));

    /// <summary>The failures: distinct kinds, the first input with its seeds and stack trace, and CsCheck's shrunk input.</summary>
    public string Details()
    {
        if (First is not { } f) return "";
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{Failures} failing inputs in {_signatures.Count} kinds:");
        foreach (var s in _signatures) sb.AppendLine("  " + s);
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"first: input {f.Index} of run seed {f.RunSeed} (replay the run: VIGIL_FUZZ_SEED={f.RunSeed}; replay the input: CsCheck seed \"{f.InputSeed}\")");
        sb.AppendLine(f.Description);
        sb.AppendLine(f.Error.ToString());
        if (Shrunk is not null) sb.AppendLine("shrunk by CsCheck:").AppendLine(Shrunk);
        return sb.ToString();
    }

    private static string FirstLine(string s)
    {
        var line = s.Split('\n')[0];
        return line.Length <= 160 ? line : line[..160] + "…";
    }

    private static string FirstFrame(Exception e) =>
        new System.Diagnostics.StackTrace(e, false).GetFrames().Select(fr => fr.GetMethod()).FirstOrDefault(m => m is not null) is { } m
            ? $"{m.DeclaringType?.Name}.{m.Name}"
            : "?";
}
