using Vigil.Tests.Shared;
using Vigil.Store.Tests.Support;
using Xunit.Abstractions;

namespace Vigil.Store.Tests;

[Collection(TimingCollection.Name)]
public sealed class ListVersionStoreTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Given_ten_thousand_stored_entities_When_loading_the_active_ones_Then_all_come_back_in_order()
    {
        using var home = new TempHome();
        var entities = Enumerable.Range(1, 10_000)
            .Select(i => Some.TypicalPerson(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        home.Store.Lists.SaveVersion("ofac-sdn", "big", null, entities, [], DateTimeOffset.UnixEpoch);

        // Cold on purpose, as a CLI process meets it: JIT and GC are part of the cost.
        var clock = CpuStopwatch.StartNew();
        var loaded = home.Store.Lists.LoadActive().Entities;
        clock.Stop();

        output.WriteLine($"LoadActive, 10,000 entities, cold: {clock}");
        Assert.Equal(10_000, loaded.Count);
        Assert.Equal("AL-ZAWAHIRI, Ayman", loaded[^1].Name);
    }
}
