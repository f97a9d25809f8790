namespace Vigil.Server.Tests.Support;

/// <summary>The tests sharing <see cref="LoadedHome"/> (loading the real lists once takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class LoadedHomeCollection : ICollectionFixture<LoadedHome>
{
    public const string Name = "loaded home";
}
