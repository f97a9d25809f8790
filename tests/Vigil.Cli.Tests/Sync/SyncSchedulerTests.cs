using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Sync;

namespace Vigil.Cli.Tests.Sync;

/// <summary>The entry point the server's <c>--sync-every</c> hosted service calls: one round syncs, rescreens, delivers.</summary>
public sealed class SyncSchedulerTests : IDisposable
{
    private readonly TempDirectory _home = new();
    private readonly FaultyListServer _server = new();

    [Fact]
    public async Task One_round_loads_what_changed_and_reports_each_source_without_throwing()
    {
        _server.Serve("sdn", SharedData.Path("ofac-sdn/2021-07"));
        File.WriteAllText(_home.File("vigil.json"), $$"""
            {
              "sources": {
                "ofac-sdn": { "url": "{{_server.BaseUrl}}sdn/" },
                "ofac-cons": { "url": "{{_server.BaseUrl}}missing/" },
                "un": { "url": "{{_server.BaseUrl}}missing/consolidated.xml" }
              },
              "sync": { "timeout_seconds": 5, "retries": 0 }
            }
            """);
        File.WriteAllText(_home.File("c.csv"), "id,name,type\nc1,Corporación China de Importaciones y Exportaciones Electrónicas,organization\n");
        var home = new VigilHome(_home.Path);
        new Vigil.Workflows.Customers.CustomerRegister(home, TimeProvider.System).Import(_home.File("c.csv"));

        var scheduler = new SyncScheduler(home, TimeProvider.System);
        await scheduler.RunOnceAsync(CancellationToken.None);

        var bySource = scheduler.LastReports.ToDictionary(r => r.Source);
        Assert.Equal(SyncStatus.Loaded, bySource["ofac-sdn"].Status);
        Assert.Equal(SyncStatus.Failed, bySource["ofac-cons"].Status);
        Assert.Contains("not found (HTTP 404)", bySource["un"].Message, StringComparison.Ordinal);
        var alert = Assert.Single(new Vigil.Workflows.Alerts.AlertService(home, TimeProvider.System).List("open"));
        Assert.Equal(("c1", "30502"), (alert.CustomerId, alert.SourceId));
    }

    [Theory]
    [InlineData("6h", 6 * 3600)]
    [InlineData("30m", 1800)]
    [InlineData("90s", 90)]
    [InlineData("1d", 86400)]
    public void Intervals_read_as_the_option_writes_them(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), SyncScheduler.ParseInterval(text));

    [Fact]
    public void A_bad_interval_names_itself() =>
        Assert.Contains("'6x'", Assert.Throws<VigilException>(() => SyncScheduler.ParseInterval("6x")).Message, StringComparison.Ordinal);

    public void Dispose()
    {
        _server.Dispose();
        _home.Dispose();
    }
}
