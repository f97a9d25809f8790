using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Server.Tests.Support;
using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Customers;
using Vigil.Workflows.Keys;

namespace Vigil.Server.Tests.Screening;

/// <summary><c>vigil serve --sync-every</c> against a publisher on 127.0.0.1: each round loads what changed, the index
/// follows, the register is rescreened; sources that fail are logged and never stop the server.</summary>
public sealed class SyncEveryTests : IDisposable
{
    private readonly TempDirectory _home = new();
    private readonly ListFileServer _publisher = new();

    public void Dispose()
    {
        _publisher.Dispose();
        _home.Dispose();
    }

    [Fact]
    public async Task Rounds_load_each_new_version_the_index_follows_customers_are_rescreened_and_failing_sources_do_not_stop_the_server()
    {
        _publisher.Serve("cons", Fixtures.ConsV1);
        // ofac-sdn and un point at files the publisher does not have: every round fails them.
        File.WriteAllText(_home.File("vigil.json"), $$"""
            {
              "sources": {
                "ofac-cons": { "url": "{{_publisher.BaseUrl}}cons/" },
                "ofac-sdn": { "url": "{{_publisher.BaseUrl}}missing/" },
                "un": { "url": "{{_publisher.BaseUrl}}missing/consolidated.xml" }
              },
              "sync": { "timeout_seconds": 5, "retries": 0 }
            }
            """);
        var home = new VigilHome(_home.Path);
        File.WriteAllText(_home.File("c.csv"), "id,name,type\nc1,Veldrakos Maritime Holdings,organization\n");
        new CustomerRegister(home, TimeProvider.System).Import(_home.File("c.csv"));
        var key = new ApiKeys(home, TimeProvider.System).Create("sync");

        using var factory = new ApiFactory(_home.Path, syncEvery: "1s");
        using var client = factory.Client(key);
        var sync = factory.Services.GetRequiredService<SyncService>();
        try
        {
            await factory.WaitReadyAsync(TimeSpan.FromMinutes(1));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}; rounds {sync.Rounds}, last error {sync.LastError}, reports: " +
                                       string.Join("; ", sync.LastReports.Select(r => $"{r.Source} {r.Status} {r.Message}")), ex);
        }
        Assert.Equal("900002", (await Search(client, "QUILLMORE SHIPPING")).FirstOrDefault());
        Assert.Empty(await Search(client, "VELDRAKOS MARITIME"));

        _publisher.Serve("cons", Fixtures.ConsV2); // the publisher adds 900003

        await Wait.UntilAsync(async () => (await Search(client, "VELDRAKOS MARITIME")).Contains("900003"), TimeSpan.FromMinutes(1),
            "a sync round to load the new version and the index to follow");
        await Wait.UntilAsync(async () =>
        {
            var alerts = JsonDocument.Parse(await client.GetStringAsync("/api/v1/alerts?state=open&customer=c1")).RootElement.GetProperty("alerts");
            return alerts.EnumerateArray().Any(a => a.GetProperty("source_id").GetString() == "900003");
        }, TimeSpan.FromMinutes(1), "the customer to be rescreened against the added entry");

        var rounds = sync.Rounds;
        await Wait.UntilAsync(() => Task.FromResult(sync.Rounds > rounds), TimeSpan.FromMinutes(1), "one more round");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task A_round_that_throws_is_logged_and_the_server_keeps_serving()
    {
        using var factory = new ApiFactory(_home.Path, noAuth: true, syncEvery: "1s");
        using var client = factory.Client(null);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        File.WriteAllText(_home.File("vigil.json"), "{ this is not json"); // an operator's bad edit while the server runs
        var sync = factory.Services.GetRequiredService<SyncService>();
        await Wait.UntilAsync(() => Task.FromResult(sync.Rounds >= 2), TimeSpan.FromMinutes(1), "two failed rounds");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/lists")).StatusCode);
    }

    [Fact]
    public void A_server_does_not_start_on_an_unreadable_vigil_json_and_names_it()
    {
        File.WriteAllText(_home.File("vigil.json"), "{ this is not json");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [ServerSettings.HomeKey] = _home.Path }).Build();

        var error = Assert.Throws<VigilException>(() => { ServerSettings.From(configuration); });
        Assert.Contains("vigil.json", error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<string>> Search(HttpClient client, string name)
    {
        var body = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/search?name={Uri.EscapeDataString(name)}&min_score=0.9")).RootElement;
        return [.. body.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("source_id").GetString()!)];
    }
}
