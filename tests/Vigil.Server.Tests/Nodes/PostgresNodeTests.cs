using System.Net;
using System.Text.Json;
using Npgsql;
using Vigil.Server.Tests.Support;
using Vigil.Store.Tests.Support;
using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Contracts;
using Vigil.Workflows.Keys;

namespace Vigil.Server.Tests.Nodes;

/// <summary>
/// Serve nodes on a real PostgreSQL server (the store tests' private cluster, <see cref="PostgresServer"/>): a list
/// activated elsewhere wakes the node through LISTEN/NOTIFY long before its poll, also after the database restarted; while
/// the database is down, requests that need it answer 503 with Retry-After and <c>/readyz</c> says not ready, searches
/// from the in-memory index go on, and everything recovers without a restart.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresNodeTests(PostgresServer postgres) : IDisposable
{
    private readonly TempDirectory _home = new();
    private readonly string _database = postgres.CreateDatabase();

    public void Dispose()
    {
        _home.Dispose();
        postgres.DropDatabase(_database);
    }

    /// <summary>Another process's view of the same store: its own home object and connections.</summary>
    private void Load(string path) =>
        new LoadList(new VigilHome(_home.Path) { DatabaseUrl = _database }, TimeProvider.System).Run("ofac-cons", path);

    private Task<KestrelServer> StartAsync(string pollSeconds, bool noAuth = true) =>
        KestrelServer.StartAsync(_home.Path, noAuth, new Dictionary<string, string?>
        {
            [ServerSettings.DatabaseKey] = _database,
            [ServerSettings.ListPollKey] = pollSeconds,
        });

    private static async Task<int> MatchesAsync(HttpClient client, string name)
    {
        var response = await client.GetAsync($"api/v1/search?name={Uri.EscapeDataString(name)}&min_score=0.9");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("matches").GetArrayLength();
    }

    /// <summary>Version 2 plus one entry (ORTHANDEL WIDGET EXPORTS), written into the test's home.</summary>
    private string VersionThree()
    {
        var dir = Path.Combine(_home.Path, "ofac-cons-v3");
        Directory.CreateDirectory(dir);
        foreach (var file in Directory.GetFiles(Fixtures.ConsV2)) File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        File.AppendAllText(Path.Combine(dir, "cons_prim.csv"),
            "900004,\"ORTHANDEL WIDGET EXPORTS\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        return dir;
    }

    /// <summary>How many sessions LISTEN on the test database (what a node's list change signal holds open).</summary>
    private int Listeners()
    {
        using var connection = new NpgsqlConnection(postgres.AdminConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pg_stat_activity WHERE datname = @db AND query LIKE 'LISTEN %'";
        command.Parameters.AddWithValue("db", new NpgsqlConnectionStringBuilder(_database).Database!);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task WaitListeningAsync(string what) =>
        await Wait.UntilAsync(() => Task.FromResult(TryListeners() > 0), TimeSpan.FromSeconds(60), what);

    private int TryListeners()
    {
        try
        {
            return Listeners();
        }
        catch (NpgsqlException)
        {
            return 0; // the server is still starting
        }
    }

    [Fact]
    public async Task A_list_loaded_elsewhere_reaches_a_node_polling_hourly_within_seconds_also_after_a_database_restart()
    {
        Load(Fixtures.ConsV1);
        await using var server = await StartAsync(pollSeconds: "3600");
        using var client = new HttpClient { BaseAddress = server.Address };
        await WaitListeningAsync("the node to LISTEN");
        Assert.Equal(0, await MatchesAsync(client, "VELDRAKOS MARITIME HOLDINGS"));

        // An hour's poll: only the NOTIFY sent when version 2 becomes active can wake the node in time.
        Load(Fixtures.ConsV2);
        await Wait.UntilAsync(async () => await MatchesAsync(client, "VELDRAKOS MARITIME HOLDINGS") > 0, TimeSpan.FromSeconds(20),
            "version 2 to be served through the list change signal");

        // The database restarts: the LISTEN connection is cut; the node reconnects by itself and hears the next change.
        // Readiness does not wait for the hourly poll: /readyz reads the store itself when nothing has for 2 s.
        postgres.StopForOutage();
        try
        {
            await Wait.UntilAsync(async () => (await client.GetAsync("readyz")).StatusCode == HttpStatusCode.ServiceUnavailable,
                TimeSpan.FromSeconds(30), "readyz to report the store down");
            await AssertStoreUnavailableAsync(await client.GetAsync("readyz"), Describe(_database));
            Assert.Equal(1, await MatchesAsync(client, "VELDRAKOS MARITIME HOLDINGS")); // the index in memory still answers
        }
        finally
        {
            postgres.StartAgain();
        }
        await WaitListeningAsync("the node to LISTEN again after the restart");
        await Wait.UntilAsync(async () => (await client.GetAsync("readyz")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "readyz to recover");
        Load(VersionThree());
        await Wait.UntilAsync(async () => await MatchesAsync(client, "ORTHANDEL WIDGET EXPORTS") > 0, TimeSpan.FromSeconds(20),
            "version 3 to be served through the reconnected signal");
    }

    [Fact]
    public async Task A_node_started_while_the_database_is_down_becomes_ready_soon_after_it_is_back_though_it_polls_hourly()
    {
        Load(Fixtures.ConsV2);
        postgres.StopForOutage();
        Task<KestrelServer> starting;
        try
        {
            starting = StartAsync(pollSeconds: "3600"); // waits (bounded) until /readyz answers 200
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.False(starting.IsCompleted, "ready with the database down");
        }
        finally
        {
            postgres.StartAgain();
        }
        // The first read failed and the next poll is an hour away: the LISTEN, once it gets through, says "check now".
        await using var server = await starting.WaitAsync(TimeSpan.FromSeconds(60));
        using var client = new HttpClient { BaseAddress = server.Address };
        Assert.True(await MatchesAsync(client, "VELDRAKOS MARITIME HOLDINGS") > 0);
    }

    [Fact]
    public async Task While_the_database_is_down_store_requests_answer_503_with_retry_after_readyz_is_not_ready_and_searches_go_on()
    {
        Load(Fixtures.ConsV1);
        var key = new ApiKeys(new VigilHome(_home.Path) { DatabaseUrl = _database }, TimeProvider.System).Create("ops", KeyRoles.Screener);
        await using var open = await StartAsync(pollSeconds: "0.2");
        await using var keyed = await StartAsync(pollSeconds: "0.2", noAuth: false);
        using var client = new HttpClient { BaseAddress = open.Address };
        using var withKey = new HttpClient { BaseAddress = keyed.Address };
        withKey.DefaultRequestHeaders.Authorization = new("Bearer", key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/v1/alerts")).StatusCode);
        var database = Describe(_database);

        postgres.StopForOutage();
        try
        {
            await Wait.UntilAsync(async () => (await client.GetAsync("readyz")).StatusCode == HttpStatusCode.ServiceUnavailable,
                TimeSpan.FromSeconds(30), "readyz to report the store down");
            var ready = await client.GetAsync("readyz");
            await AssertStoreUnavailableAsync(ready, database);
            Assert.True(JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.TryGetProperty("store_down_since", out _));
            await AssertStoreUnavailableAsync(await client.GetAsync("api/v1/alerts"), database);
            await AssertStoreUnavailableAsync(await client.GetAsync("api/v1/lists"), database);
            await AssertStoreUnavailableAsync(await client.GetAsync("api/v1/alerts/1"), database); // not 404: the alert may exist
            // A key check past its 1 s cache needs the store: 503, not 401 "unknown key".
            await Task.Delay(ApiKeys.CheckCacheTime + TimeSpan.FromMilliseconds(200));
            await AssertStoreUnavailableAsync(await withKey.GetAsync("api/v1/search?name=QUILLMORE"), database);
            // Without a key check, a search is answered from the index in memory.
            Assert.Equal(0, await MatchesAsync(client, "VELDRAKOS MARITIME HOLDINGS"));
            Assert.True(await MatchesAsync(client, "QUILLMORE SHIPPING & LOGISTICS") > 0);
        }
        finally
        {
            postgres.StartAgain();
        }

        // Back without a restart of the nodes (the first calls may still meet connections the restart broke).
        await Wait.UntilAsync(async () => (await client.GetAsync("readyz")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60), "readyz to recover");
        await Wait.UntilAsync(async () => (await client.GetAsync("api/v1/alerts")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60), "alerts to recover");
        await Wait.UntilAsync(async () => (await withKey.GetAsync("api/v1/search?name=QUILLMORE")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60), "key checks to recover");
    }

    /// <summary>How messages name the database: <c>postgresql://host:port/database</c>, without credentials.</summary>
    private static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static async Task AssertStoreUnavailableAsync(HttpResponseMessage response, string database)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {response.Headers.RetryAfter}");
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Store unavailable", problem.GetProperty("title").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.StartsWith("store: ", detail, StringComparison.Ordinal);
        Assert.Contains(database, detail, StringComparison.Ordinal); // names the database, as a URL without credentials
        Assert.DoesNotContain("Username=", detail, StringComparison.OrdinalIgnoreCase);
    }
}
