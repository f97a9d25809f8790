using System.Globalization;

namespace Vigil.Fuzz.Tests.Fuzzing;

/// <summary>How long and with which seeds the fuzzing runs: <c>VIGIL_FUZZ_SECONDS</c> per target (default 15),
/// <c>VIGIL_FUZZ_SEED</c> to replay a run's random seed, <c>VIGIL_FUZZ_INPUT_TIMEOUT</c> seconds per input (default 5).</summary>
public sealed record FuzzSettings(TimeSpan Budget, IReadOnlyList<ulong> FixedSeeds, int FixedInputs, ulong RandomSeed, bool RandomSeedGiven, TimeSpan InputTimeout, TimeSpan ShrinkBudget)
{
    /// <summary>The fixed seeds every run starts with, so CI always replays the same first inputs.</summary>
    public static readonly ulong[] Fixed = [20260101, 13009];

    /// <summary>Inputs per fixed seed (fewer when the budget runs out first).</summary>
    public const int InputsPerFixedSeed = 150;

    public static FuzzSettings FromEnvironment()
    {
        var seconds = Number("VIGIL_FUZZ_SECONDS") ?? 15;
        var seedText = Environment.GetEnvironmentVariable("VIGIL_FUZZ_SEED");
        var given = ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out var seed);
        if (!given) seed = (ulong)Random.Shared.NextInt64(1, long.MaxValue);
        return new FuzzSettings(TimeSpan.FromSeconds(seconds), Fixed, InputsPerFixedSeed, seed, given,
            TimeSpan.FromSeconds(Number("VIGIL_FUZZ_INPUT_TIMEOUT") ?? 5), TimeSpan.FromSeconds(Number("VIGIL_FUZZ_SHRINK_SECONDS") ?? 20));
    }

    private static double? Number(string name) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null;
}
