namespace Vigil.Cli.Tests.Support;

/// <summary>The tests that share <see cref="LoadedHomes"/>; not run in parallel with other tests, so timings are their own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadedListsCollection : ICollectionFixture<LoadedHomes>
{
    public const string Name = "loaded lists";
}
