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
        File.WriteAllText(_home.File("c.csv"), "id,name,type\nc1,Corporación China de Importaciones y Exportaciones Electrónicas,organization\n");
        var home = new VigilHome(_home.Path);
        new Vigil.Workflows.Customers.CustomerRegister(home, TimeProvider.System).Import(_home.File("c.csv"));
        WriteConfig("{ this is not json"); // broken after the process chose its database, as an operator's bad edit would be

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

    [Fact]
    public async Task A_round_fetching_an_older_publication_holds_it_and_never_accepts_it_round_after_round()
    {
        using var newer = new TempDirectory();
        using var older = new TempDirectory();
        File.Copy(SharedData.Path("un/consolidated-2026-02.xml"), newer.File("consolidated.xml"));
        File.Copy(SharedData.Path("un-archive/consolidated-2020-03.xml"), older.File("consolidated.xml"));
        _server.Serve("un", newer.Path);
        WriteConfig($$"""{ "sources": { "un": { "url": "{{_server.BaseUrl}}un/consolidated.xml" } }, "sync": { "timeout_seconds": 5, "retries": 0 } }""");
        var home = new VigilHome(_home.Path);
        var pipeline = new UpdatePipeline(home, TimeProvider.System);
        Assert.Equal(SyncStatus.Loaded, Assert.Single((await pipeline.SyncAsync(["un"], null, CancellationToken.None)).Sources).Status);
        _server.Serve("un", older.Path); // the publisher rolls back

        var rounds = new List<SyncRound>();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await new SyncScheduler(home, TimeProvider.System).RunEveryAsync(TimeSpan.FromMilliseconds(100), round =>
        {
            rounds.Add(round);
            if (rounds.Count == 3) stop.Cancel();
        }, stop.Token);

        Assert.All(rounds, round =>
        {
            var result = Assert.IsType<UpdateResult>(round.Result);
            var un = Assert.Single(result.Sources, r => r.Source == "un");
            Assert.Equal(SyncStatus.Held, un.Status);
            Assert.Contains("held version 2", un.Message, StringComparison.Ordinal);
            Assert.Contains("published 2020-03-20, older than the active version's 2026-02-27", un.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(UpdateStep.Snapshot, result.Steps);
            Assert.All(result.Jobs, job => Assert.Equal(0, job.CustomersDone));
        });
        var catalog = new ListCatalog(home);
        Assert.Equal((1, new DateOnly(2026, 2, 27)), catalog.Active().Select(v => (v.Number, v.PublishedOn!.Value)).Single());
        Assert.Equal(2, Assert.Single(catalog.Pending()).Number);
        Assert.Equal(2, catalog.Versions("un").Count);
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
