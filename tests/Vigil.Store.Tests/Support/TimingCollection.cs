namespace Vigil.Store.Tests.Support;

/// <summary>Timing tests: run alone, so the process CPU time they measure is their own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "timing";
}
