using Vigil.Tests.Shared;
using Vigil.Cli.Tests.Support;
using Vigil.Core.Model;
using Vigil.Workflows;
using Xunit.Abstractions;

namespace Vigil.Cli.Tests.Workflows;

[Collection(LoadedListsCollection.Name)]
public sealed class ActiveListsLoaderTests(LoadedHomes homes, ITestOutputHelper output)
{
    [Fact]
    public void Given_sdn_and_un_loaded_When_loading_the_active_lists_Then_all_9979_entities_come_back_with_their_versions()
    {
        var home = new VigilHome(homes.Current);

        var clock = CpuStopwatch.StartNew();
        var active = ActiveListsLoader.Load(home);
        clock.Stop();

        output.WriteLine($"ActiveListsLoader.Load: {active.Entities.Count} entities in {clock} (first call in this process)");
        Assert.Equal(["ofac-sdn", "un"], active.Versions.Select(v => v.Source));
        Assert.Equal(8976 + 1003, active.Entities.Count);
        Assert.Equal(active.Versions.Sum(v => v.Counts.Total), active.Entities.Count);
        Assert.Equal(8976, active.Entities.Count(e => e.Source == "ofac-sdn"));
        Assert.Contains(active.Entities, e => e.Ref == new SourceRef("ofac-sdn", "30502") && e.Programs.Contains("VENEZUELA"));
        Assert.Equal(string.Join(",", active.Versions.Select(v => $"{v.Source}:{v.Id}")), active.Key);
        // Cold: JIT, GC and the Debug build of the store included.
    }
}
