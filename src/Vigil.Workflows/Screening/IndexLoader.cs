using System.Diagnostics;
using Vigil.Core.Index;
using Vigil.Core.Lists;
using Vigil.Core.Screening;

namespace Vigil.Workflows.Screening;

/// <summary>Active list versions in the store → a built <see cref="ScreeningIndex"/> and its <see cref="Screener"/>.</summary>
public sealed class IndexLoader
{
    private IndexLoader(ActiveLists lists, Screener screener, TimeSpan loadTime, TimeSpan buildTime)
    {
        Lists = lists;
        Screener = screener;
        LoadTime = loadTime;
        BuildTime = buildTime;
    }

    /// <summary>The list versions the index was built from.</summary>
    public ActiveLists Lists { get; }
    public Screener Screener { get; }
    /// <summary>Time spent reading entities from the store.</summary>
    public TimeSpan LoadTime { get; }
    /// <summary>Time spent building the index.</summary>
    public TimeSpan BuildTime { get; }

    /// <summary>Loads the active versions of every source and builds the index; fails when no list is loaded.</summary>
    public static IndexLoader Load(VigilHome home)
    {
        var clock = Stopwatch.StartNew();
        var lists = ActiveListsLoader.Load(home);
        if (lists.Versions.Count == 0)
            throw new VigilException($"no list is loaded in {home.Directory}; run 'vigil lists load SOURCE PATH' first");
        var loaded = clock.Elapsed;
        clock.Restart();
        var index = ScreeningIndex.Build(lists.Entities);
        return new IndexLoader(lists, new Screener(index), loaded, clock.Elapsed);
    }
}
