using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Pipeline;
using Vigil.Workflows.Sync;

namespace Vigil.Cli.Tests.Sync;

/// <summary>The loop the server's <c>--sync-every</c> hosted service runs: each round is the update pipeline over every source.</summary>
public sealed class SyncSchedulerTests : IDisposable
{
    private readonly TempDirectory _home = new();
    private readonly FaultyListServer _server = new();

    [Fact]
    public async Task The_first_round_runs_at_once_loads_what_changed_and_reports_each_source_without_throwing()
    {
        _server.Serve("sdn", SharedData.Path("ofac-sdn/2021-07"));
        WriteConfig("{ this is not json");
        File.WriteAllText(_home.File("c.csv"), "id,name,type\nc1,Corporación China de Importaciones y Exportaciones Electrónicas,organization\n");
        var home = new VigilHome(_home.Path);
        new Vigil.Workflows.Customers.CustomerRegister(home, TimeProvider.System).Import(_home.File("c.csv"));

        // Round 1 fails on the unreadable vigil.json; the loop goes on, and round 2 (after the config is fixed) syncs.
        var rounds = new List<SyncRound>();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await new SyncScheduler(home, TimeProvider.System).RunEveryAsync(TimeSpan.FromMilliseconds(200), round =>
        {
            rounds.Add(round);
            if (rounds.Count == 1) WriteConfig(Config());
            else stop.Cancel();
        }, stop.Token);

        Assert.Equal(2, rounds.Count);
        Assert.Null(rounds[0].Result);
        Assert.IsType<VigilException>(rounds[0].Error);
        var result = Assert.IsType<UpdateResult>(rounds[1].Result);
        Assert.Equal([UpdateStep.Change, UpdateStep.Snapshot, UpdateStep.Screening, UpdateStep.Webhooks], result.Steps);
        var bySource = result.Sources.ToDictionary(r => r.Source);
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

    private string Config() => $$"""
        {
          "sources": {
            "ofac-sdn": { "url": "{{_server.BaseUrl}}sdn/" },
            "ofac-cons": { "url": "{{_server.BaseUrl}}missing/" },
            "un": { "url": "{{_server.BaseUrl}}missing/consolidated.xml" }
          },
          "sync": { "timeout_seconds": 5, "retries": 0 }
        }
        """;

    private void WriteConfig(string text) => File.WriteAllText(_home.File("vigil.json"), text);

    public void Dispose()
    {
        _server.Dispose();
        _home.Dispose();
    }
}
